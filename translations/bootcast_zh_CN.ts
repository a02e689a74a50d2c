<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bootcast::BootPolicy</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI ia32</source>
        <translation>UEFI ia32</translation>
    </message>
    <message>
        <source>UEFI x64</source>
        <translation>UEFI x64</translation>
    </message>
    <message>
        <source>UEFI ARM32</source>
        <translation>UEFI ARM32</translation>
    </message>
    <message>
        <source>UEFI ARM64</source>
        <translation>UEFI ARM64</translation>
    </message>
    <message>
        <source>UEFI HTTP ia32</source>
        <translation>UEFI HTTP ia32</translation>
    </message>
    <message>
        <source>UEFI HTTP x64</source>
        <translation>UEFI HTTP x64</translation>
    </message>
    <message>
        <source>UEFI HTTP ARM32</source>
        <translation>UEFI HTTP ARM32</translation>
    </message>
    <message>
        <source>UEFI HTTP ARM64</source>
        <translation>UEFI HTTP ARM64</translation>
    </message>
    <message>
        <source>UEFI RISC-V 64</source>
        <translation>UEFI RISC-V 64</translation>
    </message>
    <message>
        <source>UEFI HTTP RISC-V 64</source>
        <translation>UEFI HTTP RISC-V 64</translation>
    </message>
    <message>
        <source>architecture %1</source>
        <translation>架构 %1</translation>
    </message>
    <message>
        <source>UEFI HTTP Boot client, but the HTTP server is off: turn HTTP on in the profile</source>
        <translation>UEFI HTTP Boot 客户端，但 HTTP 服务器已关闭：请在配置文件中开启 HTTP</translation>
    </message>
    <message>
        <source>no boot file for %1 in %2: add ipxe.efi or set boot.files.%3</source>
        <translation>%2 中没有适用于 %1 的启动文件：请添加 ipxe.efi 或设置 boot.files.%3</translation>
    </message>
    <message>
        <source>no boot file for %1 in %2: add %3 or set boot.files.%4</source>
        <translation>%2 中没有适用于 %1 的启动文件：请添加 %3 或设置 boot.files.%4</translation>
    </message>
</context>
<context>
    <name>Bootcast::CommandLine</name>
    <message>
        <source>Bootcast network-boots the machines on your cable: BIOS, UEFI and iPXE, over DHCP, TFTP and HTTP.
Without options it opens its window. PyPXE&apos;s options are accepted and imply --headless.</source>
        <translation>Bootcast 通过网络启动网线上连接的机器：支持 BIOS、UEFI 和 iPXE，使用 DHCP、TFTP 和 HTTP。
不带选项时打开程序窗口。也接受 PyPXE 的选项，此时隐含 --headless。</translation>
    </message>
    <message>
        <source>Run without a window until SIGINT or SIGTERM.</source>
        <translation>以无窗口方式运行，直到收到 SIGINT 或 SIGTERM。</translation>
    </message>
    <message>
        <source>Bootcast profile to serve (JSON).</source>
        <translation>要使用的 Bootcast 配置文件（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Convert PyPXE config IN to a Bootcast profile written to the positional argument OUT, then exit.</source>
        <translation>将 PyPXE 配置 IN 转换为 Bootcast 配置文件，写入位置参数 OUT 指定的文件，然后退出。</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>With --import-pypxe: the profile to write.</source>
        <translation>配合 --import-pypxe 使用：要写入的配置文件。</translation>
    </message>
    <message>
        <source>--import-pypxe IN needs exactly one output file: bootcast --import-pypxe pypxe.json profile.json</source>
        <translation>--import-pypxe IN 需要且只需要一个输出文件：bootcast --import-pypxe pypxe.json profile.json</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--profile cannot be combined with PyPXE options; import the PyPXE config with --import-pypxe first</source>
        <translation>--profile 不能与 PyPXE 选项同时使用；请先用 --import-pypxe 导入 PyPXE 配置</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpOptions</name>
    <message>
        <source>option %1 has no length</source>
        <translation>选项 %1 缺少长度字段</translation>
    </message>
    <message>
        <source>option %1 runs past the packet end</source>
        <translation>选项 %1 超出数据包末尾</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpPacket</name>
    <message>
        <source>%1 bytes is too short for a DHCP message</source>
        <translation>DHCP 消息过短（%1 字节）</translation>
    </message>
    <message>
        <source>%1 bytes is too long for a DHCP message</source>
        <translation>DHCP 消息过长（%1 字节）</translation>
    </message>
    <message>
        <source>unknown BOOTP operation %1</source>
        <translation>未知 BOOTP 操作 %1</translation>
    </message>
    <message>
        <source>hardware address length %1 is over 16</source>
        <translation>硬件地址长度 %1 超过 16</translation>
    </message>
    <message>
        <source>no DHCP magic cookie (plain BOOTP is not served)</source>
        <translation>缺少 DHCP magic cookie（不支持纯 BOOTP）</translation>
    </message>
    <message>
        <source>option overload value %1 is invalid</source>
        <translation>option overload 值 %1 无效</translation>
    </message>
    <message>
        <source>options in the file field: %1</source>
        <translation>file 字段中的选项：%1</translation>
    </message>
    <message>
        <source>options in the sname field: %1</source>
        <translation>sname 字段中的选项：%1</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpResponder</name>
    <message>
        <source>not on the allow list (add a binding for this MAC to serve it)</source>
        <translation>不在允许列表中（为此 MAC 添加绑定即可为其提供服务）</translation>
    </message>
    <message>
        <source>relayed from %1, a subnet this profile has no pool for</source>
        <translation>经中继转发自 %1，此配置文件没有该子网的地址池</translation>
    </message>
    <message>
        <source>no free address in %1 - %2: enlarge the pool or shorten the lease time</source>
        <translation>%1 - %2 中没有空闲地址：请扩大地址池或缩短租期</translation>
    </message>
    <message>
        <source>%1, boot %2</source>
        <translation>%1，启动文件 %2</translation>
    </message>
    <message>
        <source>no boot file (not a PXE client)</source>
        <translation>无启动文件（非 PXE 客户端）</translation>
    </message>
    <message>
        <source>REQUEST names no address</source>
        <translation>REQUEST 未指定地址</translation>
    </message>
    <message>
        <source>%1 is not on this network</source>
        <translation>%1 不在此网络中</translation>
    </message>
    <message>
        <source>this machine is bound to %1, not %2</source>
        <translation>该机器绑定的地址是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>%1 is not available to this machine</source>
        <translation>%1 对该机器不可用</translation>
    </message>
    <message numerus="yes">
        <source>renewed for %n s</source>
        <translation>
            <numerusform>已续租，租期 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leased for %n s</source>
        <translation>
            <numerusform>已分配，租期 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the machine found the address in use; kept out of the pool for %n min</source>
        <translation>
            <numerusform>该机器发现此地址已被占用；已将其移出地址池 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>proxy: %1, boot %2</source>
        <translation>Proxy：%1，启动文件 %2</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpServer</name>
    <message>
        <source>network adapter &quot;%1&quot; was not found: choose another one</source>
        <translation>未找到网卡“%1”：请选择其他网卡</translation>
    </message>
    <message>
        <source>address %1 is not on adapter %2: give the adapter that address or choose the adapter&apos;s own address</source>
        <translation>地址 %1 不在网卡 %2 上：请为该网卡配置此地址，或选择该网卡自身的地址</translation>
    </message>
    <message>
        <source>adapter %1 has no link: is the cable plugged in?</source>
        <translation>网卡 %1 未连接：网线插好了吗？</translation>
    </message>
    <message>
        <source>address %1 is not on this machine: choose the address of the network adapter</source>
        <translation>地址 %1 不属于本机：请选择网卡的地址</translation>
    </message>
    <message>
        <source>on adapter %1 only</source>
        <translation>仅在网卡 %1 上</translation>
    </message>
    <message>
        <source>on every adapter: choose one in the profile so no other network gets addresses</source>
        <translation>在所有网卡上：请在配置文件中选择一个网卡，以免其他网络也被分配地址</translation>
    </message>
    <message>
        <source>lease for %1 not saved, so not acknowledged</source>
        <translation>%1 的租约未能保存，因此未予确认</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>无法发送到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from other adapters ignored (serving %1 only)</source>
        <translation>
            <numerusform>已忽略来自其他网卡的 %n 个请求（仅服务 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed packet(s) ignored; last: %1</source>
        <translation>
            <numerusform>已忽略 %n 个格式错误的数据包；最后一个：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::Engine</name>
    <message>
        <source>the HTTP server is not part of this version yet; serve the files over TFTP or turn HTTP off</source>
        <translation>此版本尚未包含 HTTP 服务器；请通过 TFTP 提供文件，或关闭 HTTP</translation>
    </message>
</context>
<context>
    <name>Bootcast::EventSink</name>
    <message numerus="yes">
        <source>%n event(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>已丢弃 %n 个事件：日志处理跟不上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::FileResolver</name>
    <message>
        <source>&quot;%1&quot; contains a NUL byte</source>
        <translation>“%1”包含 NUL 字节</translation>
    </message>
    <message>
        <source>&quot;%1&quot; tries to leave the folder (&quot;..&quot;)</source>
        <translation>“%1”试图跳出文件夹（“..”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute Windows path</source>
        <translation>“%1”是 Windows 绝对路径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation>“%1”包含冒号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a Windows device</source>
        <translation>“%1”是 Windows 设备名</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads outside the folder</source>
        <translation>“%1”指向文件夹之外</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder</source>
        <translation>“%1”是文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>“%1”不是普通文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not readable</source>
        <translation>“%1”不可读</translation>
    </message>
    <message>
        <source>the folder for &quot;%1&quot; does not exist</source>
        <translation>“%1”所在的文件夹不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link</source>
        <translation>“%1”是符号链接</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not writable</source>
        <translation>“%1”不可写</translation>
    </message>
    <message>
        <source>cannot write into the folder of &quot;%1&quot;</source>
        <translation>无法写入“%1”所在的文件夹</translation>
    </message>
</context>
<context>
    <name>Bootcast::HeadlessRunner</name>
    <message>
        <source>Bootcast %1: starting profile &quot;%2&quot;, serving %3</source>
        <translation>Bootcast %1：正在启动配置文件“%2”，提供文件夹 %3</translation>
    </message>
    <message>
        <source>Not every service could start; stopping. Fix the problem above and start again.</source>
        <translation>部分服务未能启动，正在停止。请解决上述问题后重新启动。</translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+C to stop.</source>
        <translation>就绪。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Signal %1 received: stopping</source>
        <translation>收到信号 %1：正在停止</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 in %2 s (%3/s)</source>
        <translation>%1，用时 %2 秒（%3/秒）</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <source>off in this profile</source>
        <translation>此配置文件中未启用</translation>
    </message>
</context>
<context>
    <name>Bootcast::LeaseStore</name>
    <message>
        <source>cannot create the folder for the leases file %1</source>
        <translation>无法为租约文件 %1 创建文件夹</translation>
    </message>
    <message>
        <source>cannot read the leases file %1: %2</source>
        <translation>无法读取租约文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the leases file %1: %2</source>
        <translation>无法写入租约文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bootcast::MainWindow</name>
    <message>
        <source>Bootcast - %1</source>
        <translation>Bootcast - %1</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;, netboot folder %2</source>
        <translation>配置文件：&lt;b&gt;%1&lt;/b&gt;，网络启动文件夹 %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>listening on port %1</source>
        <translation>正在监听端口 %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>Bootcast::NetasciiEncoder</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>Bootcast::Profile</name>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>expected an IPv4 address as text</source>
        <translation>应为文本形式的 IPv4 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>expected a list of IPv4 addresses</source>
        <translation>应为 IPv4 地址列表</translation>
    </message>
    <message>
        <source>expected a list of text values</source>
        <translation>应为文本值列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>未知设置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of off, full, proxy</source>
        <translation>“%1”不是 off, full, proxy 之一</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address</source>
        <translation>“%1”不是 MAC 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DHCP option code (1 to 254)</source>
        <translation>“%1”不是 DHCP 选项代码（1 至 254）</translation>
    </message>
    <message>
        <source>option %1: expected text or &quot;hex:...&quot;</source>
        <translation>选项 %1：应为文本或 &quot;hex:...&quot;</translation>
    </message>
    <message>
        <source>option %1: &quot;%2&quot; is not hexadecimal</source>
        <translation>选项 %1：“%2”不是十六进制</translation>
    </message>
    <message>
        <source>option %1: longer than 255 bytes</source>
        <translation>选项 %1：超过 255 字节</translation>
    </message>
    <message>
        <source>%1: expected a file name</source>
        <translation>%1：应为文件名</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>配置文件必须是 JSON 对象</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile</source>
        <translation>%1 过大，不是有效的配置文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>DHCP needs the server&apos;s own IPv4 address</source>
        <translation>DHCP 需要服务器自身的 IPv4 地址</translation>
    </message>
    <message>
        <source>must differ from dhcp.port</source>
        <translation>必须与 dhcp.port 不同</translation>
    </message>
    <message>
        <source>%1 is not a subnet mask</source>
        <translation>%1 不是子网掩码</translation>
    </message>
    <message>
        <source>full DHCP mode needs an address pool</source>
        <translation>完整 DHCP 模式（full）需要地址池</translation>
    </message>
    <message>
        <source>%1 comes before the pool&apos;s first address %2</source>
        <translation>%1 位于地址池起始地址 %2 之前</translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s subnet %2/%3</source>
        <translation>%1 不在服务器的子网 %2/%3 中</translation>
    </message>
    <message>
        <source>the pool holds more than 65536 addresses</source>
        <translation>地址池包含的地址超过 65536 个</translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s subnet</source>
        <translation>%1 不在服务器的子网中</translation>
    </message>
    <message>
        <source>%1 is bound twice</source>
        <translation>%1 被绑定了两次</translation>
    </message>
    <message>
        <source>%1 is bound to two machines</source>
        <translation>%1 被绑定到两台机器</translation>
    </message>
    <message>
        <source>give both ends of the port range, or neither</source>
        <translation>请同时指定端口范围的起点和终点，或都不指定</translation>
    </message>
    <message>
        <source>the range ends before it begins</source>
        <translation>范围的终点早于起点</translation>
    </message>
    <message>
        <source>must be 0 (automatic) or at least 8</source>
        <translation>必须为 0（自动）或不小于 8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of dhcp, tftp, http, nbd, all</source>
        <translation>“%1”不是 dhcp, tftp, http, nbd, all 之一</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>Bootcast::PypxeConfig</name>
    <message>
        <source>PyPXE: read settings from a PyPXE JSON config; other PyPXE flags override it.</source>
        <translation>PyPXE：从 PyPXE JSON 配置读取设置；其他 PyPXE 参数优先于它。</translation>
    </message>
    <message>
        <source>PyPXE: run the DHCP server, giving out addresses.</source>
        <translation>PyPXE：运行 DHCP 服务器并分配地址。</translation>
    </message>
    <message>
        <source>PyPXE: run proxy DHCP next to an existing DHCP server (boot information only; implies --dhcp).</source>
        <translation>PyPXE：在现有 DHCP 服务器旁运行 Proxy DHCP（仅提供启动信息；隐含 --dhcp）。</translation>
    </message>
    <message>
        <source>PyPXE: run the TFTP server (on by default).</source>
        <translation>PyPXE：运行 TFTP 服务器（默认开启）。</translation>
    </message>
    <message>
        <source>PyPXE: do not run the TFTP server.</source>
        <translation>PyPXE：不运行 TFTP 服务器。</translation>
    </message>
    <message>
        <source>PyPXE: run the HTTP server.</source>
        <translation>PyPXE：运行 HTTP 服务器。</translation>
    </message>
    <message>
        <source>PyPXE: do not run the HTTP server (the default).</source>
        <translation>PyPXE：不运行 HTTP 服务器（默认）。</translation>
    </message>
    <message>
        <source>PyPXE: chainload iPXE; PXE clients get iPXE first, iPXE then gets the boot file.</source>
        <translation>PyPXE：链式加载 iPXE；PXE 客户端先获取 iPXE，再由 iPXE 获取启动文件。</translation>
    </message>
    <message>
        <source>PyPXE: do not chainload iPXE (the default).</source>
        <translation>PyPXE：不链式加载 iPXE（默认）。</translation>
    </message>
    <message>
        <source>PyPXE: folder served over TFTP and HTTP (default: netboot).</source>
        <translation>PyPXE：通过 TFTP 和 HTTP 提供的文件夹（默认：netboot）。</translation>
    </message>
    <message>
        <source>PyPXE: boot file for the clients, after iPXE with --ipxe (default: chosen per architecture from the netboot folder).</source>
        <translation>PyPXE：客户端的启动文件，使用 --ipxe 时在 iPXE 之后加载（默认：按架构从网络启动文件夹中选择）。</translation>
    </message>
    <message>
        <source>PyPXE: this server&apos;s IPv4 address, DHCP option 54 (default: 192.168.2.2).</source>
        <translation>PyPXE：本服务器的 IPv4 地址，即 DHCP 选项 54（默认：192.168.2.2）。</translation>
    </message>
    <message>
        <source>PyPXE: DHCP server port (default: 67).</source>
        <translation>PyPXE：DHCP 服务器端口（默认：67）。</translation>
    </message>
    <message>
        <source>PyPXE: first address of the DHCP pool (default: 192.168.2.100).</source>
        <translation>PyPXE：DHCP 地址池的起始地址（默认：192.168.2.100）。</translation>
    </message>
    <message>
        <source>PyPXE: last address of the DHCP pool (default: 192.168.2.150).</source>
        <translation>PyPXE：DHCP 地址池的结束地址（默认：192.168.2.150）。</translation>
    </message>
    <message>
        <source>PyPXE: subnet mask given to clients (default: 255.255.255.0).</source>
        <translation>PyPXE：分配给客户端的子网掩码（默认：255.255.255.0）。</translation>
    </message>
    <message>
        <source>PyPXE: router given to clients (default: 192.168.2.1).</source>
        <translation>PyPXE：分配给客户端的路由器（默认：192.168.2.1）。</translation>
    </message>
    <message>
        <source>PyPXE: DNS server given to clients, several separated by commas (default: 8.8.8.8).</source>
        <translation>PyPXE：分配给客户端的 DNS 服务器，多个以逗号分隔（默认：8.8.8.8）。</translation>
    </message>
    <message>
        <source>PyPXE: broadcast address (default: derived from the server address and mask).</source>
        <translation>PyPXE：广播地址（默认：由服务器地址和掩码推算）。</translation>
    </message>
    <message>
        <source>PyPXE: file server given to clients: next server, option 66 and the host in iPXE URLs (default: 192.168.2.2).</source>
        <translation>PyPXE：分配给客户端的文件服务器：用作 next server、选项 66 以及 iPXE URL 中的主机（默认：192.168.2.2）。</translation>
    </message>
    <message>
        <source>PyPXE: answer only the machines listed in --static-config.</source>
        <translation>PyPXE：只应答 --static-config 中列出的机器。</translation>
    </message>
    <message>
        <source>PyPXE: JSON file with a fixed address, options and boot file per MAC address.</source>
        <translation>PyPXE：按 MAC 地址指定固定地址、选项和启动文件的 JSON 文件。</translation>
    </message>
    <message>
        <source>PyPXE: file that keeps the DHCP leases (default: in Bootcast&apos;s data folder).</source>
        <translation>PyPXE：保存 DHCP 租约的文件（默认：位于 Bootcast 的数据文件夹中）。</translation>
    </message>
    <message>
        <source>PyPXE: TFTP server port (default: 69).</source>
        <translation>PyPXE：TFTP 服务器端口（默认：69）。</translation>
    </message>
    <message>
        <source>PyPXE: address the TFTP server listens on (default: 0.0.0.0, every interface).</source>
        <translation>PyPXE：TFTP 服务器的监听地址（默认：0.0.0.0，即所有接口）。</translation>
    </message>
    <message>
        <source>PyPXE: HTTP server port (default: 80).</source>
        <translation>PyPXE：HTTP 服务器端口（默认：80）。</translation>
    </message>
    <message>
        <source>PyPXE: address the HTTP server listens on (default: 0.0.0.0, every interface).</source>
        <translation>PyPXE：HTTP 服务器的监听地址（默认：0.0.0.0，即所有接口）。</translation>
    </message>
    <message>
        <source>PyPXE: syslog server for the log (accepted, not supported yet).</source>
        <translation>PyPXE：接收日志的 syslog 服务器（可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: syslog server port (default: 514; accepted, not supported yet).</source>
        <translation>PyPXE：syslog 服务器端口（默认：514；可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: disk image to export over NBD, relative to the netboot folder (accepted, not supported yet).</source>
        <translation>PyPXE：通过 NBD 导出的磁盘映像，路径相对于网络启动文件夹（可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: let NBD clients write (accepted, not supported yet).</source>
        <translation>PyPXE：允许 NBD 客户端写入（可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: keep each NBD client&apos;s writes apart, copy-on-write (on by default; accepted, not supported yet).</source>
        <translation>PyPXE：以写时复制方式隔离各 NBD 客户端的写入（默认开启；可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: keep copy-on-write data in memory (accepted, not supported yet).</source>
        <translation>PyPXE：将写时复制数据保存在内存中（可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: copy the NBD image into memory first (accepted, not supported yet).</source>
        <translation>PyPXE：先将 NBD 映像复制到内存中（可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: address the NBD server listens on (default: 0.0.0.0; accepted, not supported yet).</source>
        <translation>PyPXE：NBD 服务器的监听地址（默认：0.0.0.0；可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: NBD server port (default: 10809; accepted, not supported yet).</source>
        <translation>PyPXE：NBD 服务器端口（默认：10809；可以指定，但尚不支持）。</translation>
    </message>
    <message>
        <source>PyPXE: diagnostic output for these services, comma separated: dhcp, tftp, http, nbd, all; a leading - excludes one (all,-dhcp).</source>
        <translation>PyPXE：为这些服务输出诊断信息，以逗号分隔：dhcp, tftp, http, nbd, all；前缀 - 表示排除该服务（all,-dhcp）。</translation>
    </message>
    <message>
        <source>PyPXE: a line per request for these services; written as for --debug.</source>
        <translation>PyPXE：为这些服务的每个请求输出一行；写法同 --debug。</translation>
    </message>
    <message>
        <source>PyPXE: print the default settings as a PyPXE JSON config, then exit.</source>
        <translation>PyPXE：以 PyPXE JSON 配置格式输出默认设置，然后退出。</translation>
    </message>
    <message>
        <source>PyPXE: print the settings after --config and the other flags as a PyPXE JSON config, then exit.</source>
        <translation>PyPXE：以 PyPXE JSON 配置格式输出应用 --config 及其他参数后的设置，然后退出。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean %2?</source>
        <translation>未知键“%1”；您是指 %2 吗？</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>“%1”不是端口号（1 至 65535）</translation>
    </message>
    <message>
        <source>expected a port number (1 to 65535)</source>
        <translation>应为端口号（1 至 65535）</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535)</source>
        <translation>%1 不是端口号（1 至 65535）</translation>
    </message>
    <message>
        <source>expected an IPv4 address as text</source>
        <translation>应为文本形式的 IPv4 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet mask such as 255.255.255.0</source>
        <translation>“%1”不是子网掩码（例如 255.255.255.0）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>expected IPv4 addresses as text</source>
        <translation>IPv4 地址应为文本</translation>
    </message>
    <message>
        <source>expected IPv4 addresses as text, separated by commas</source>
        <translation>应为以逗号分隔的 IPv4 地址文本</translation>
    </message>
    <message>
        <source>expected a comma-separated list such as &quot;dhcp,tftp&quot;</source>
        <translation>应为以逗号分隔的列表，例如 &quot;dhcp,tftp&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of dhcp, tftp, http, nbd, all</source>
        <translation>“%1”不是 dhcp, tftp, http, nbd, all 之一</translation>
    </message>
    <message>
        <source>expected a host name or address as text</source>
        <translation>应为文本形式的主机名或地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>“%1”不是主机名或地址</translation>
    </message>
    <message>
        <source>unsupported value</source>
        <translation>不支持的值</translation>
    </message>
    <message>
        <source>NETBOOT_DIR: there is no folder %1; Bootcast&apos;s bundled netboot folder is served instead</source>
        <translation>NETBOOT_DIR：文件夹 %1 不存在；改为提供 Bootcast 自带的网络启动文件夹</translation>
    </message>
    <message>
        <source>NETBOOT_DIR: the folder %1 does not exist</source>
        <translation>NETBOOT_DIR：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large (more than 4 MiB)</source>
        <translation>%1 过大（超过 4 MiB）</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object { ... }</source>
        <translation>应为 JSON 对象 { ... }</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together; give one of them</source>
        <translation>--%1 与 --%2 不能同时使用；请只指定其中一个</translation>
    </message>
    <message>
        <source>DHCP_FILESERVER: iPXE over HTTP (USE_IPXE and USE_HTTP) needs the file server&apos;s address; set DHCP_FILESERVER or DHCP_SERVER_IP</source>
        <translation>DHCP_FILESERVER：通过 HTTP 使用 iPXE（USE_IPXE 和 USE_HTTP）需要文件服务器的地址；请设置 DHCP_FILESERVER 或 DHCP_SERVER_IP</translation>
    </message>
    <message>
        <source>SYSLOG_SERVER: sending the log to a syslog server is not in this version; the log goes to standard output</source>
        <translation>SYSLOG_SERVER：此版本不支持将日志发送到 syslog 服务器；日志将输出到标准输出</translation>
    </message>
    <message>
        <source>SYSLOG_PORT: sending the log to a syslog server is not in this version; the port is ignored</source>
        <translation>SYSLOG_PORT：此版本不支持将日志发送到 syslog 服务器；端口设置将被忽略</translation>
    </message>
    <message>
        <source>NBD_BLOCK_DEVICE: the NBD server is not in this version; the export is ignored</source>
        <translation>NBD_BLOCK_DEVICE：此版本不包含 NBD 服务器；导出设置将被忽略</translation>
    </message>
    <message>
        <source>%1: the NBD server is not in this version; the setting is ignored</source>
        <translation>%1：此版本不包含 NBD 服务器；该设置将被忽略</translation>
    </message>
    <message>
        <source>DHCP_WHITELIST: only machines listed in STATIC_CONFIG are answered, and there is no STATIC_CONFIG: DHCP answers nobody</source>
        <translation>DHCP_WHITELIST：只应答 STATIC_CONFIG 中列出的机器，但未设置 STATIC_CONFIG：DHCP 不会应答任何机器</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an object with a member per MAC address</source>
        <translation>应为对象，每个 MAC 地址对应一个成员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address such as 5C:9A:D8:5E:F2:E5</source>
        <translation>“%1”不是 MAC 地址（例如 5C:9A:D8:5E:F2:E5）</translation>
    </message>
    <message>
        <source>%1: this MAC address is listed twice</source>
        <translation>%1：此 MAC 地址重复出现</translation>
    </message>
</context>
<context>
    <name>Bootcast::Service</name>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Proxy DHCP (4011)</source>
        <translation>Proxy DHCP (4011)</translation>
    </message>
    <message>
        <source>TFTP</source>
        <translation>TFTP</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>NBD</source>
        <translation>NBD</translation>
    </message>
</context>
<context>
    <name>Bootcast::SocketErrors</name>
    <message>
        <source>all addresses</source>
        <translation>所有地址</translation>
    </message>
    <message>
        <source>another DHCP server such as dnsmasq, a router service or Windows ICS may be running; stop it or use proxy DHCP mode</source>
        <translation>可能有其他 DHCP 服务器（如 dnsmasq、路由器服务或 Windows ICS）正在运行；请停止它或改用 Proxy DHCP 模式</translation>
    </message>
    <message>
        <source>another TFTP server such as tftpd-hpa or Tftpd64 may be running; stop it or choose another port</source>
        <translation>可能有其他 TFTP 服务器（如 tftpd-hpa 或 Tftpd64）正在运行；请停止它或选择其他端口</translation>
    </message>
    <message>
        <source>stop the other program or choose another port</source>
        <translation>请停止其他程序或选择其他端口</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 is in use by another program: %4</source>
        <translation>%3 上的 %1 端口 %2 已被其他程序占用：%4</translation>
    </message>
    <message>
        <source>permission denied for %1 port %2: run as administrator, or grant the capability with &quot;sudo setcap cap_net_bind_service,cap_net_raw+ep bootcast&quot;</source>
        <translation>无权使用 %1 端口 %2：请以管理员身份运行，或通过 &quot;sudo setcap cap_net_bind_service,cap_net_raw+ep bootcast&quot; 授予所需 capability</translation>
    </message>
    <message>
        <source>address %1 is not on this machine: choose the address of the network adapter</source>
        <translation>地址 %1 不属于本机：请选择网卡的地址</translation>
    </message>
    <message>
        <source>cannot open %1 port %2 on %3: %4</source>
        <translation>无法在 %3 上打开 %1 端口 %2：%4</translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpPacket</name>
    <message numerus="yes">
        <source>packet too short (%n byte(s))</source>
        <translation>
            <numerusform>数据包过短（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>request without a terminated file name</source>
        <translation>请求中的文件名缺少结束符</translation>
    </message>
    <message>
        <source>request with an empty file name</source>
        <translation>请求中的文件名为空</translation>
    </message>
    <message>
        <source>request without a terminated transfer mode</source>
        <translation>请求中的传输模式缺少结束符</translation>
    </message>
    <message>
        <source>unknown transfer mode &quot;%1&quot;</source>
        <translation>未知传输模式“%1”</translation>
    </message>
    <message>
        <source>DATA packet without a block number</source>
        <translation>DATA 数据包缺少块编号</translation>
    </message>
    <message>
        <source>ACK packet without a block number</source>
        <translation>ACK 数据包缺少块编号</translation>
    </message>
    <message>
        <source>ERROR packet without an error code</source>
        <translation>ERROR 数据包缺少错误代码</translation>
    </message>
    <message>
        <source>unknown opcode %1</source>
        <translation>未知操作码 %1</translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpServer</name>
    <message>
        <source>the netboot folder &quot;%1&quot; does not exist: every read request will fail; choose an existing folder in the profile</source>
        <translation>网络启动文件夹“%1”不存在：所有读取请求都将失败；请在配置文件中选择一个已存在的文件夹</translation>
    </message>
    <message>
        <source>the TFTP server was stopped</source>
        <translation>TFTP 服务器已停止</translation>
    </message>
    <message>
        <source>illegal TFTP operation: %1</source>
        <translation>非法 TFTP 操作：%1</translation>
    </message>
    <message>
        <source>a packet of a transfer (opcode %1) sent to the request port</source>
        <translation>传输过程中的数据包（操作码 %1）被发送到了请求端口</translation>
    </message>
    <message>
        <source>illegal TFTP operation: only RRQ and WRQ on this port</source>
        <translation>非法 TFTP 操作：此端口只接受 RRQ 和 WRQ</translation>
    </message>
    <message>
        <source>the client sent a new request</source>
        <translation>客户端发送了新的请求</translation>
    </message>
    <message>
        <source>too many transfers at once (%1): the request was turned away, the client may retry</source>
        <translation>同时进行的传输过多（%1）：请求已被拒绝，客户端可以重试</translation>
    </message>
    <message>
        <source>mail mode is not supported</source>
        <translation>不支持 mail 模式</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>uploads are turned off: choose an upload folder (tftp.uploadDir) in the profile to allow them</source>
        <translation>上传已关闭：请在配置文件中选择上传文件夹（tftp.uploadDir）以允许上传</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being uploaded by another client</source>
        <translation>“%1”正在由另一个客户端上传</translation>
    </message>
    <message>
        <source>not enough free space for &quot;%1&quot;: %2 announced, %3 free</source>
        <translation>“%1”的可用空间不足：声明大小 %2，剩余 %3</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>server busy, try again</source>
        <translation>服务器繁忙，请重试</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed or unexpected packet(s) on the TFTP port ignored (the last one: %1)</source>
        <translation>
            <numerusform>已忽略 TFTP 端口上 %n 个格式错误或意外的数据包（最后一个：%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpTransfer</name>
    <message>
        <source>no free UDP port for the transfer in %1-%2: widen the TFTP port range</source>
        <translation>%1-%2 中没有可用于传输的空闲 UDP 端口：请扩大 TFTP 端口范围</translation>
    </message>
    <message>
        <source>cannot open a UDP port for the transfer: %1</source>
        <translation>无法为传输打开 UDP 端口：%1</translation>
    </message>
    <message>
        <source>sending (%1, block size %2, window %3)</source>
        <translation>正在发送（%1，块大小 %2，窗口 %3）</translation>
    </message>
    <message>
        <source>receiving an upload (%1, block size %2, window %3)</source>
        <translation>正在接收上传（%1，块大小 %2，窗口 %3）</translation>
    </message>
    <message>
        <source>unknown transfer ID</source>
        <translation>未知传输 ID</translation>
    </message>
    <message>
        <source>the client read the options and ended the request (error %1: %2)</source>
        <translation>客户端读取选项后结束了请求（错误 %1：%2）</translation>
    </message>
    <message>
        <source>the client cancelled the transfer (error %1: %2)</source>
        <translation>客户端取消了传输（错误 %1：%2）</translation>
    </message>
    <message>
        <source>read error on the server</source>
        <translation>服务器读取错误</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the client sent a block of %1 bytes, more than the agreed %2</source>
        <translation>客户端发送了 %1 字节的数据块，超过约定的 %2</translation>
    </message>
    <message>
        <source>block larger than the negotiated block size</source>
        <translation>数据块大于协商的块大小</translation>
    </message>
    <message>
        <source>cannot write the upload: %1</source>
        <translation>无法写入上传的文件：%1</translation>
    </message>
    <message>
        <source>cannot write the file on the server</source>
        <translation>无法在服务器上写入文件</translation>
    </message>
    <message>
        <source>cannot save the upload: %1</source>
        <translation>无法保存上传的文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>the client stopped answering (no reply after %n attempt(s))</source>
        <translation>
            <numerusform>客户端已停止响应（尝试 %n 次后仍无回应）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 s (%3/s)</source>
        <translation>%1，用时 %2 秒（%3/秒）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>bootcast: %1</source>
        <translation>bootcast: %1</translation>
    </message>
    <message>
        <source>Wrote profile %1</source>
        <translation>已写入配置文件 %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>bootcast: no display; use --headless</source>
        <translation>bootcast: 没有可用的图形显示环境；请使用 --headless</translation>
    </message>
</context>
</TS>
