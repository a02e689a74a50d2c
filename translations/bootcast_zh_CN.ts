<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bootcast::BindingsEditor</name>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>固定地址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Boot file</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Empty: an address from the pool</source>
        <translation>留空：从地址池分配</translation>
    </message>
    <message>
        <source>Empty: chosen by machine type, as for every machine; a file name or URL for this machine only</source>
        <translation>留空：与其他机器一样按机器类型选择；填写文件名或 URL 则仅用于这台机器</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>添加机器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (row %2)</source>
        <translation>“%1”不是 MAC 地址（第 %2 行）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (row %2)</source>
        <translation>“%1”不是 IPv4 地址（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>Bootcast::BootFilesPanel</name>
    <message>
        <source>Netboot folder and boot files</source>
        <translation>网络启动文件夹和启动文件</translation>
    </message>
    <message>
        <source>the bundled netboot folder</source>
        <translation>自带的网络启动文件夹</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>在文件管理器中显示该文件夹</translation>
    </message>
    <message>
        <source>Netboot folder:</source>
        <translation>网络启动文件夹：</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>The label in front of a machine type&apos;s boot file picker, e.g. &quot;UEFI x64:&quot;.</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Machines without iPXE get iPXE first, then the menu</source>
        <translation>没有 iPXE 的机器先获取 iPXE，再获取菜单</translation>
    </message>
    <message>
        <source>Off: machines get the boot file directly (pxelinux, GRUB, shim) and no iPXE menu.</source>
        <translation>关闭：机器直接获取启动文件（pxelinux、GRUB、shim），不显示 iPXE 菜单。</translation>
    </message>
    <message>
        <source>boot.ipxe from the netboot folder</source>
        <translation>网络启动文件夹中的 boot.ipxe</translation>
    </message>
    <message>
        <source>Script for iPXE:</source>
        <translation>iPXE 脚本：</translation>
    </message>
    <message>
        <source>Save menu</source>
        <translation>保存菜单</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Throw away the edits and read the file again</source>
        <translation>放弃所做的编辑并重新读取文件</translation>
    </message>
    <message>
        <source>iPXE menu:</source>
        <translation>iPXE 菜单：</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its line</source>
        <translation>双击问题可跳转到对应的行</translation>
    </message>
    <message>
        <source>BIOS machine (undionly.kpxe)</source>
        <translation>BIOS 机器（undionly.kpxe）</translation>
    </message>
    <message>
        <source>UEFI x64 machine (ipxe.efi)</source>
        <translation>UEFI x64 机器（ipxe.efi）</translation>
    </message>
    <message>
        <source>UEFI ARM64 machine</source>
        <translation>UEFI ARM64 机器</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>预览对象：</translation>
    </message>
    <message>
        <source>Menu on the machine</source>
        <translation>机器上显示的菜单</translation>
    </message>
    <message>
        <source>Script as sent</source>
        <translation>实际发送的脚本</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
    <message>
        <source>(new: not saved yet)</source>
        <translation>（新建：尚未保存）</translation>
    </message>
    <message>
        <source>Netboot folder</source>
        <translation>网络启动文件夹</translation>
    </message>
    <message>
        <source>iPXE menu</source>
        <translation>iPXE 菜单</translation>
    </message>
    <message>
        <source>The menu %1 has changes that are not saved. Save them?</source>
        <translation>菜单 %1 有未保存的更改。要保存这些更改吗？</translation>
    </message>
    <message>
        <source>Automatic: nothing suitable in the folder</source>
        <translation>自动：文件夹中没有合适的文件</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新建）</translation>
    </message>
    <message>
        <source>%1 is not in the netboot folder</source>
        <translation>%1 不在网络启动文件夹中</translation>
    </message>
    <message>
        <source>(too large to edit)</source>
        <translation>（文件过大，无法编辑）</translation>
    </message>
    <message>
        <source>(cannot read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The bundled netboot folder may be read-only: choose a folder of your own above, copy your boot files there, and save the menu again.</source>
        <translation>自带的网络启动文件夹可能是只读的：请在上方选择您自己的文件夹，将启动文件复制到其中，然后重新保存菜单。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>HTTP is off: iPXE machines fetch this file over TFTP, exactly as it is.</source>
        <translation>HTTP 已关闭：iPXE 机器将通过 TFTP 原样获取此文件。</translation>
    </message>
    <message>
        <source>Templates are off (http.renderTemplates): the file is sent exactly as it is.</source>
        <translation>模板已关闭（http.renderTemplates）：文件将原样发送。</translation>
    </message>
    <message>
        <source>What %1 receives from %2 over HTTP: {{placeholders}} filled in, ${settings} left for iPXE.</source>
        <translation>%1 通过 HTTP 从 %2 收到的内容：{{占位符}} 已填入，${设置} 留给 iPXE 处理。</translation>
    </message>
    <message>
        <source>(This script shows no menu: it boots straight away.)</source>
        <translation>（此脚本不显示菜单：会直接启动。）</translation>
    </message>
    <message>
        <source>The file that machines of type %1 receive first. Automatic picks it from the netboot folder; type a file name, a path in the folder or a URL to choose another.</source>
        <translation>%1 类型的机器首先收到的文件。“自动”从网络启动文件夹中选取；输入文件名、文件夹内的路径或 URL 可选择其他文件。</translation>
    </message>
    <message>
        <source>no boot file for machines of type %1 in the folder: they cannot boot</source>
        <translation>文件夹中没有适用于 %1 类型机器的启动文件：它们无法启动</translation>
    </message>
    <message>
        <source>%1 was not opened for editing: it is not saved.</source>
        <translation>%1 未以编辑方式打开：不会保存。</translation>
    </message>
</context>
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
    <name>Bootcast::ClientState</name>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>boot file</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>iPXE</source>
        <translation>iPXE</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>installer DHCP</source>
        <translation>安装程序 DHCP</translation>
    </message>
</context>
<context>
    <name>Bootcast::ClientsModel</name>
    <message>
        <source>, iPXE</source>
        <translation>，iPXE</translation>
    </message>
    <message>
        <source>, HTTP Boot</source>
        <translation>，HTTP Boot</translation>
    </message>
    <message>
        <source>stalled after %1</source>
        <translation>在 %1 之后停滞</translation>
    </message>
    <message>
        <source>booted</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>（尚不知道）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1: reached</source>
        <translation>%1：已到达</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1：尚未到达</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Boot stages</source>
        <translation>启动阶段</translation>
    </message>
    <message>
        <source>Current transfer</source>
        <translation>当前传输</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Bootcast::CommandLine</name>
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
    <message>
        <source>Bootcast network-boots the machines on your network: BIOS, UEFI and iPXE, over DHCP, TFTP and HTTP.
Without options it opens its window. PyPXE&apos;s options are accepted and imply --headless.</source>
        <translation>Bootcast 通过网络启动您网络中的机器：支持 BIOS、UEFI 和 iPXE，使用 DHCP、TFTP 和 HTTP。
不带选项时打开程序窗口。也接受 PyPXE 的选项，此时隐含 --headless。</translation>
    </message>
    <message>
        <source>ambiguous option --%1: it could be --%2</source>
        <translation>选项 --%1 有歧义：可能是 --%2</translation>
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
    <message>
        <source>DHCP message too short (%1 bytes)</source>
        <translation>DHCP 消息过短（%1 字节）</translation>
    </message>
    <message>
        <source>DHCP message too long (%1 bytes)</source>
        <translation>DHCP 消息过长（%1 字节）</translation>
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
    <message>
        <source>UDP port %1 is held exclusively by another DHCP server on this machine. Proxy mode shares the port only with a server that allows it (dnsmasq: --bind-interfaces or --bind-dynamic); otherwise run Bootcast on another machine</source>
        <translation>UDP 端口 %1 被本机上的另一个 DHCP 服务器独占。代理模式只能与允许共享端口的服务器共用该端口（dnsmasq：--bind-interfaces 或 --bind-dynamic）；否则请在另一台计算机上运行 Bootcast</translation>
    </message>
    <message>
        <source>released by the operator; the machine must ask again</source>
        <translation>已由操作员释放；该机器必须重新请求</translation>
    </message>
</context>
<context>
    <name>Bootcast::Engine</name>
    <message>
        <source>no other DHCP server answered on %1</source>
        <translation>%1 上没有其他 DHCP 服务器应答</translation>
    </message>
    <message>
        <source>could not check for other DHCP servers: %1</source>
        <translation>无法检查是否存在其他 DHCP 服务器：%1</translation>
    </message>
    <message>
        <source>%1 (offered %2)</source>
        <translation>%1（提供了 %2）</translation>
    </message>
    <message>
        <source>another DHCP server answers on %1: %2 offered %3</source>
        <translation>%1 上有另一个 DHCP 服务器应答：%2 提供了 %3</translation>
    </message>
    <message>
        <source>adapter %1 has no link, so no check for other DHCP servers was possible</source>
        <translation>网卡 %1 没有链路，因此无法检查是否有其他 DHCP 服务器</translation>
    </message>
    <message>
        <source>another DHCP server already serves %1: %2. Switch this profile to proxy mode (that server keeps giving the addresses), stop the other server, or set dhcp.allowOtherServers</source>
        <translation>%1 上已有另一个 DHCP 服务器在提供服务：%2。请将此配置文件切换到代理模式（由该服务器继续分配地址）、停止另一个服务器，或设置 dhcp.allowOtherServers</translation>
    </message>
    <message>
        <source>%1 holds no lease to release</source>
        <translation>%1 没有可释放的租约</translation>
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
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <source>off in this profile</source>
        <translation>此配置文件中未启用</translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpConnection</name>
    <message>
        <source>the HTTP server was stopped</source>
        <translation>HTTP 服务器已停止</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>客户端关闭了连接</translation>
    </message>
    <message>
        <source>the connection broke: %1</source>
        <translation>连接中断：%1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>the request did not arrive in time</source>
        <translation>请求未能及时到达</translation>
    </message>
    <message numerus="yes">
        <source>the client stopped reading for %n second(s)</source>
        <translation>
            <numerusform>客户端已 %n 秒未读取数据</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>rendered script</source>
        <translation>已为客户端填写的脚本</translation>
    </message>
    <message>
        <source>bytes %1-%2 of %3</source>
        <translation>第 %1-%2 字节，共 %3 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n byte range(s)</source>
        <translation>
            <numerusform>%n 个字节范围</numerusform>
        </translation>
    </message>
    <message>
        <source>the requested range lies beyond the end of the file</source>
        <translation>请求的范围超出了文件末尾</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file became shorter while it was being sent</source>
        <translation>文件在发送过程中变短了</translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpRequestParser</name>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>请求行超过 %1 字节</translation>
    </message>
    <message>
        <source>the request headers are larger than %1 bytes</source>
        <translation>请求头超过 %1 字节</translation>
    </message>
    <message>
        <source>bare carriage return in the request</source>
        <translation>请求中有单独的回车符（CR）</translation>
    </message>
    <message>
        <source>too many empty lines before the request</source>
        <translation>请求前的空行过多</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>unsupported HTTP version &quot;%1&quot;</source>
        <translation>不支持的 HTTP 版本“%1”</translation>
    </message>
    <message>
        <source>method %1 is not allowed: only GET and HEAD</source>
        <translation>不允许使用方法 %1：仅支持 GET 和 HEAD</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>请求目标格式错误</translation>
    </message>
    <message>
        <source>the request target has a bad percent escape</source>
        <translation>请求目标包含无效的百分号编码</translation>
    </message>
    <message>
        <source>the request target contains an encoded NUL or control character</source>
        <translation>请求目标包含编码的 NUL 或控制字符</translation>
    </message>
    <message>
        <source>the request target is not valid UTF-8</source>
        <translation>请求目标不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>obsolete header line folding</source>
        <translation>已废弃的头部折行</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>头部行格式错误</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>头部字段超过 %1 个</translation>
    </message>
    <message>
        <source>the request has more than one Host header</source>
        <translation>请求包含多个 Host 头</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request without a Host header</source>
        <translation>HTTP/1.1 请求缺少 Host 头</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>同时包含 Transfer-Encoding 和 Content-Length</translation>
    </message>
    <message>
        <source>request bodies with Transfer-Encoding (chunked) are not supported</source>
        <translation>不支持使用 Transfer-Encoding（chunked）的请求体</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>无效的 Content-Length</translation>
    </message>
    <message>
        <source>a request body of %1 bytes is larger than the %2 allowed</source>
        <translation>%1 字节的请求体超过了允许的 %2 字节</translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpServer</name>
    <message>
        <source>the netboot folder &quot;%1&quot; does not exist: every request will fail; choose an existing folder in the profile</source>
        <translation>网络启动文件夹“%1”不存在：所有请求都将失败；请在配置文件中选择一个已存在的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) turned away: the limit of %1 connections at once is reached (http.maxConnections)</source>
        <translation>
            <numerusform>已拒绝 %n 个连接：已达到同时 %1 个连接的上限（http.maxConnections）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::InterfacesModel</name>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>virtual / VPN</source>
        <translation>虚拟 / VPN</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 - not for netbooting</source>
        <translation>%1 - 不适用于网络启动</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>无 IPv4 地址</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Wi-Fi adapter: PXE clients cannot boot over Wi-Fi, and serving DHCP here would disturb the wireless network. Choose the wired adapter the machines are plugged into.</source>
        <translation>Wi-Fi 网卡：PXE 客户端无法通过 Wi-Fi 启动，而且在此提供 DHCP 会干扰无线网络。请选择连接这些机器的有线网卡。</translation>
    </message>
    <message>
        <source>Virtual adapter (VPN, Hyper-V, Docker, bridge): choose it only to boot virtual machines attached to it.</source>
        <translation>虚拟网卡（VPN、Hyper-V、Docker、网桥）：仅在要启动连接到它的虚拟机时选择。</translation>
    </message>
    <message>
        <source>Loopback: only this computer can reach it (useful for testing).</source>
        <translation>环回：只有本机可以访问（适合测试）。</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>every adapter</source>
        <translation>所有网卡</translation>
    </message>
    <message>
        <source>All adapters</source>
        <translation>所有网卡</translation>
    </message>
    <message>
        <source>TFTP/HTTP/proxy everywhere; not for full DHCP</source>
        <translation>在所有网卡上提供 TFTP/HTTP/Proxy；不适用于完整 DHCP</translation>
    </message>
    <message>
        <source>Serve on every adapter of this computer, as PyPXE does. Fine for TFTP, HTTP and proxy DHCP; full DHCP needs one adapter, so that no other network gets addresses from Bootcast.</source>
        <translation>在本机的所有网卡上提供服务，与 PyPXE 的做法相同。适用于 TFTP、HTTP 和 Proxy DHCP；完整 DHCP 需要指定一个网卡，以免其他网络也从 Bootcast 获得地址。</translation>
    </message>
    <message>
        <source>not on this computer now</source>
        <translation>当前不在这台计算机上</translation>
    </message>
    <message>
        <source>The profile names this adapter, but this computer does not have it now.</source>
        <translation>配置文件指定了这个网卡，但这台计算机当前没有它。</translation>
    </message>
</context>
<context>
    <name>Bootcast::IpxeScript</name>
    <message>
        <source>the first line must be #!ipxe, or iPXE does not run the file as a script</source>
        <translation>第一行必须是 #!ipxe，否则 iPXE 不会将该文件作为脚本运行</translation>
    </message>
    <message>
        <source>{{%1}} is not a Bootcast placeholder: the client receives it unchanged (known: %2)</source>
        <translation>{{%1}} 不是 Bootcast 占位符：客户端将原样收到它（已知占位符：%2）</translation>
    </message>
    <message>
        <source>label :%1 appears twice (also on line %2): goto always finds the first</source>
        <translation>标签 :%1 出现了两次（另见第 %2 行）：goto 总是跳转到第一个</translation>
    </message>
    <message>
        <source>item without a label</source>
        <translation>item 缺少标签</translation>
    </message>
    <message>
        <source>goto without a label</source>
        <translation>goto 缺少标签</translation>
    </message>
    <message>
        <source>goto %1: there is no :%1 label in this script</source>
        <translation>goto %1：此脚本中没有 :%1 标签</translation>
    </message>
    <message>
        <source>menu item %1 has no :%1 section: choosing it ends the script with an error</source>
        <translation>菜单项 %1 没有对应的 :%1 段落：选择它会使脚本出错结束</translation>
    </message>
    <message numerus="yes">
        <source>(chooses %1 after %n s)</source>
        <translation>
            <numerusform>（%n 秒后选择 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>an &quot;item&quot; line before any &quot;menu&quot; line</source>
        <translation>“item”行出现在任何“menu”行之前</translation>
    </message>
    <message>
        <source>&quot;choose&quot; without a &quot;menu&quot; line before it</source>
        <translation>“choose”之前没有“menu”行</translation>
    </message>
    <message>
        <source>&quot;choose&quot; on a menu without &quot;item&quot; lines</source>
        <translation>“choose”所用的菜单没有“item”行</translation>
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
    <name>Bootcast::LeasesModel</name>
    <message>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>declined (address in use)</source>
        <translation>已拒用（地址已被占用）</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1, static</source>
        <translation>%1，静态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Bootcast::MainWindow</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Addresses appear here in full DHCP mode.</source>
        <translation>在完整 DHCP 模式下，分配的地址会显示在这里。</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile&apos;s settings</source>
        <translation>保存配置文件的设置</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>新建...</translation>
    </message>
    <message>
        <source>Duplicate...</source>
        <translation>创建副本...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Import PyPXE config...</source>
        <translation>导入 PyPXE 配置...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Look for adapters again</source>
        <translation>重新查找网卡</translation>
    </message>
    <message>
        <source>Adapter:</source>
        <translation>网卡：</translation>
    </message>
    <message>
        <source>DHCP:</source>
        <translation>DHCP：</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation>配置文件“%1”有未保存的更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Cannot open the profile &quot;%1&quot;:
%2</source>
        <translation>无法打开配置文件“%1”：
%2</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;:
%2</source>
        <translation>无法保存配置文件“%1”：
%2</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>已保存配置文件“%1”。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>创建配置文件副本</translation>
    </message>
    <message>
        <source>Fix the profile&apos;s problems first:
%1</source>
        <translation>请先解决配置文件中的问题：
%1</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名配置文件</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? This cannot be undone.</source>
        <translation>要删除配置文件“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Import PyPXE config</source>
        <translation>导入 PyPXE 配置</translation>
    </message>
    <message>
        <source>PyPXE JSON config (*.json);;All files (*)</source>
        <translation>PyPXE JSON 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation>无法导入 %1：
%2</translation>
    </message>
    <message>
        <source>Imported as &quot;%1&quot;. Worth knowing:
%2</source>
        <translation>已导入为“%1”。请注意：
%2</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出配置文件</translation>
    </message>
    <message>
        <source>Bootcast profile (*.json)</source>
        <translation>Bootcast 配置文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 is a Wi-Fi adapter: machines cannot network-boot over Wi-Fi, and DHCP here would disturb the wireless network. Choose the wired adapter.</source>
        <translation>%1 是 Wi-Fi 网卡：机器无法通过 Wi-Fi 进行网络启动，而且在此运行 DHCP 会干扰无线网络。请选择有线网卡。</translation>
    </message>
    <message>
        <source>%1 is a virtual adapter (VPN, Hyper-V, Docker, bridge): only virtual machines attached to it can boot.</source>
        <translation>%1 是虚拟网卡（VPN、Hyper-V、Docker、网桥）：只有连接到它的虚拟机才能启动。</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address: give it a fixed address (for example 192.168.50.1/24) and press Refresh.</source>
        <translation>%1 没有 IPv4 地址：请为其配置固定地址（例如 192.168.50.1/24），然后点击“刷新”。</translation>
    </message>
    <message>
        <source>Full: Bootcast hands out addresses and boot files. Only on a network without another DHCP server.</source>
        <translation>完整：由 Bootcast 分配地址和启动文件。仅适用于没有其他 DHCP 服务器的网络。</translation>
    </message>
    <message>
        <source>Proxy: the existing router keeps handing out addresses; Bootcast only tells booting machines where their boot files are.</source>
        <translation>Proxy：现有路由器继续分配地址；Bootcast 只告诉正在启动的机器其启动文件在哪里。</translation>
    </message>
    <message>
        <source>Off: no DHCP. Another DHCP server points machines here (next-server and file name), or only TFTP/HTTP are used.</source>
        <translation>关闭：不提供 DHCP。由其他 DHCP 服务器将机器指向此处（next-server 和文件名），或者只使用 TFTP/HTTP。</translation>
    </message>
    <message>
        <source>Some settings need attention: see the Settings tab.</source>
        <translation>部分设置需要处理：请查看“设置”选项卡。</translation>
    </message>
    <message>
        <source>Bootcast - %1%2</source>
        <translation>Bootcast - %1%2</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>正在启动...</translation>
    </message>
    <message>
        <source>Another DHCP server answers on this network: %1</source>
        <translation>此网络中有其他 DHCP 服务器在应答：%1</translation>
    </message>
    <message>
        <source>Another DHCP server</source>
        <translation>其他 DHCP 服务器</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <source>Serving: %1.</source>
        <translation>正在提供服务：%1。</translation>
    </message>
    <message>
        <source>Quit Bootcast</source>
        <translation>退出 Bootcast</translation>
    </message>
    <message>
        <source>Bootcast is serving. Machines that are booting now will stop. Stop serving and quit?</source>
        <translation>Bootcast 正在提供服务。正在启动的机器将会中断。要停止服务并退出吗？</translation>
    </message>
    <message>
        <source>%1 has no link: check the cable and that the switch is on.</source>
        <translation>%1 没有链路：请检查网线，并确认交换机已开启。</translation>
    </message>
    <message>
        <source>Boot files</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Some boot settings need attention: see the Boot files tab.</source>
        <translation>部分启动设置需要处理：请查看“启动文件”选项卡。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Looking for another DHCP server on %1 before serving (a few seconds)...</source>
        <translation>开始提供服务前，正在检查 %1 上是否有其他 DHCP 服务器（需要几秒钟）...</translation>
    </message>
    <message>
        <source>%1 offered %2</source>
        <translation>%1 提供了 %2</translation>
    </message>
    <message>
        <source>No other DHCP server answered on %1.</source>
        <translation>%1 上没有其他 DHCP 服务器应答。</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1: %2</source>
        <translation>%1 上有另一个 DHCP 服务器在应答：%2</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1:
%2

Two DHCP servers on one network hand out conflicting addresses, so Bootcast does not serve addresses here. Start in proxy mode instead? The other server keeps giving the addresses, and Bootcast only adds the boot information.</source>
        <translation>%1 上有另一个 DHCP 服务器在应答：
%2

同一网络中有两个 DHCP 服务器会分配相互冲突的地址，因此 Bootcast 不会在此分配地址。要改为以代理模式启动吗？另一个服务器会继续分配地址，Bootcast 只补充启动信息。</translation>
    </message>
    <message>
        <source>Start in proxy mode</source>
        <translation>以代理模式启动</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Make static</source>
        <translation>设为静态</translation>
    </message>
    <message>
        <source>Make dynamic</source>
        <translation>设为动态</translation>
    </message>
    <message>
        <source>Remove this machine&apos;s fixed address from the profile</source>
        <translation>从配置文件中删除此机器的固定地址</translation>
    </message>
    <message>
        <source>Keep this address for this machine: adds a binding to the profile</source>
        <translation>为此机器保留此地址：在配置文件中添加一个绑定</translation>
    </message>
    <message>
        <source>Static address</source>
        <translation>静态地址</translation>
    </message>
    <message>
        <source>Cannot keep %1 for %2:
%3</source>
        <translation>无法为 %2 保留 %1：
%3</translation>
    </message>
    <message>
        <source>%1 no longer has a fixed address.</source>
        <translation>%1 不再有固定地址。</translation>
    </message>
    <message>
        <source>%1 keeps %2 from now on.</source>
        <translation>从现在起，%1 将固定使用 %2。</translation>
    </message>
    <message>
        <source>iPXE menu</source>
        <translation>iPXE 菜单</translation>
    </message>
    <message>
        <source>The menu %1 has changes that are not saved. Save them?</source>
        <translation>菜单 %1 有未保存的更改。要保存这些更改吗？</translation>
    </message>
    <message>
        <source>Save menu</source>
        <translation>保存菜单</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Bootcast uses %1 from its next start.</source>
        <translation>Bootcast 将在下次启动时使用%1。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Stop serving first</source>
        <translation>请先停止服务</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Full DHCP on all adapters gives addresses on every network this computer is on: choose the adapter the machines are plugged into.</source>
        <translation>在所有网卡上运行完整 DHCP 会在本机所在的每个网络中分配地址：请选择机器所连接的网卡。</translation>
    </message>
    <message>
        <source>%1 hands out addresses in %2 (it offered %3, router %4)</source>
        <translation>%1 分配 %2 中的地址（它提供了 %3，路由器 %4）</translation>
    </message>
    <message>
        <source>%1 hands out addresses in %2 (it offered %3)</source>
        <translation>%1 分配 %2 中的地址（它提供了 %3）</translation>
    </message>
    <message>
        <source>%1 offered %2 (router %3)</source>
        <translation>%1 提供了 %2（路由器 %3）</translation>
    </message>
    <message>
        <source>%1 no longer has a fixed address. Save the profile to keep this.</source>
        <translation>%1 不再有固定地址。请保存配置文件以保留此更改。</translation>
    </message>
    <message>
        <source>%1 keeps %2 from now on. Save the profile to keep this.</source>
        <translation>从现在起 %1 保留 %2。请保存配置文件以保留此更改。</translation>
    </message>
    <message>
        <source>%1 is not on this computer now: plug it in, or choose another adapter.</source>
        <translation>%1 当前不在这台计算机上：请插上它，或选择其他网卡。</translation>
    </message>
    <message>
        <source>Start was cancelled: the profile changed while Bootcast looked for other DHCP servers.</source>
        <translation>启动已取消：在 Bootcast 查找其他 DHCP 服务器期间配置文件发生了变化。</translation>
    </message>
    <message>
        <source>End this lease now: the address may go to another machine; this one keeps using it until it renews, then asks again</source>
        <translation>立即结束此租约：该地址可能分配给其他机器；这台机器在续租前会继续使用它，之后重新请求</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdConnection</name>
    <message>
        <source>no export was chosen within %1 s</source>
        <translation>%1 秒内未选择导出</translation>
    </message>
    <message>
        <source>the read-write export &quot;%1&quot; is in use by %2; one client at a time may use it</source>
        <translation>读写导出“%1”正被 %2 使用；同一时间只允许一个客户端使用</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>copy-on-write, changes kept in memory</source>
        <translation>写时复制，更改保存在内存中</translation>
    </message>
    <message>
        <source>copy-on-write, changes kept in a temporary file</source>
        <translation>写时复制，更改保存在临时文件中</translation>
    </message>
    <message>
        <source>reading the export failed in the middle of a reply: %1</source>
        <translation>在回复过程中读取导出失败：%1</translation>
    </message>
    <message>
        <source>%1 at offset %2 (%3 bytes) failed with %4: %5</source>
        <translation>%1 在偏移 %2（%3 字节）处失败，错误 %4：%5</translation>
    </message>
    <message>
        <source>NBD client %1: %2; the connection was closed</source>
        <translation>NBD 客户端 %1：%2；连接已关闭</translation>
    </message>
    <message>
        <source>read %1, wrote %2</source>
        <translation>读取 %1，写入 %2</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdExportImage</name>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a disk image or an ISO)</source>
        <translation>“%1”不是普通文件（磁盘映像或 ISO）</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot; for reading and writing: %2</source>
        <translation>无法以读写方式打开“%1”：%2</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>not enough memory to copy the image (%1 bytes) into RAM</source>
        <translation>内存不足，无法将映像（%1 字节）复制到内存</translation>
    </message>
    <message>
        <source>cannot copy &quot;%1&quot; into memory: %2</source>
        <translation>无法将“%1”复制到内存：%2</translation>
    </message>
    <message>
        <source>reading &quot;%1&quot; failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <source>flushing &quot;%1&quot; failed: %2</source>
        <translation>将“%1”刷新到磁盘失败：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ended early: the file shrank while it was exported</source>
        <translation>“%1”提前结束：文件在导出期间变小了</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdExportOverlay</name>
    <message>
        <source>reading the overlay file &quot;%1&quot; failed: %2</source>
        <translation>读取覆盖层文件“%1”失败：%2</translation>
    </message>
    <message>
        <source>not enough memory for the copy-on-write overlay</source>
        <translation>内存不足，无法保存写时复制覆盖层</translation>
    </message>
    <message>
        <source>cannot create the overlay file in &quot;%1&quot;: %2</source>
        <translation>无法在“%1”中创建覆盖层文件：%2</translation>
    </message>
    <message>
        <source>writing the overlay file &quot;%1&quot; failed: %2</source>
        <translation>写入覆盖层文件“%1”失败：%2</translation>
    </message>
    <message>
        <source>the copy-on-write overlay is full</source>
        <translation>写时复制覆盖层已满</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdExportsEditor</name>
    <message>
        <source>Export name</source>
        <translation>导出名称</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>镜像文件</translation>
    </message>
    <message>
        <source>Clients may</source>
        <translation>客户端可以</translation>
    </message>
    <message>
        <source>Copy to RAM</source>
        <translation>复制到内存</translation>
    </message>
    <message>
        <source>What clients ask for (nbd-client -N NAME); empty is the default export</source>
        <translation>客户端请求的名称（nbd-client -N NAME）；留空为默认导出</translation>
    </message>
    <message>
        <source>Read the whole image into memory at start: fastest for many clients</source>
        <translation>启动时将整个镜像读入内存：客户端很多时最快</translation>
    </message>
    <message>
        <source>Add image...</source>
        <translation>添加镜像...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>write to their own copy</source>
        <translation>写入各自的副本</translation>
    </message>
    <message>
        <source>write to the image (one at a time)</source>
        <translation>写入镜像（一次一个）</translation>
    </message>
    <message>
        <source>Writes are refused.</source>
        <translation>拒绝写入。</translation>
    </message>
    <message>
        <source>Each client writes into its own overlay, removed when it leaves; the image never changes.</source>
        <translation>每个客户端写入自己的覆盖层，断开时删除；镜像始终不变。</translation>
    </message>
    <message>
        <source>Writes change the image file; only one client may write.</source>
        <translation>写入会修改镜像文件；只允许一个客户端写入。</translation>
    </message>
    <message>
        <source>Disk images and ISOs to export</source>
        <translation>要导出的磁盘镜像和 ISO</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.img *.iso *.raw *.bin);;All files (*)</source>
        <translation>磁盘镜像和 ISO (*.img *.iso *.raw *.bin);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdHandshake</name>
    <message>
        <source>%1: %2 bytes where %3 were expected</source>
        <translation>%1：收到 %2 字节，应为 %3 字节</translation>
    </message>
    <message>
        <source>%1: wrong magic number 0x%2</source>
        <translation>%1：错误的魔数 0x%2</translation>
    </message>
    <message>
        <source>%1: the lengths inside do not add up (%2 bytes of data)</source>
        <translation>%1：内部长度不一致（%2 字节数据）</translation>
    </message>
    <message>
        <source>%1: a name or text longer than %2 bytes</source>
        <translation>%1：名称或文本超过 %2 字节</translation>
    </message>
    <message>
        <source>client flags 0x%1 include flags this server does not know</source>
        <translation>客户端标志 0x%1 包含本服务器不认识的标志</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdNegotiator</name>
    <message>
        <source>%1 with %2 bytes of data, far beyond the limit of %3 bytes</source>
        <translation>%1 带有 %2 字节数据，远超 %3 字节的上限</translation>
    </message>
    <message>
        <source>more than %1 options without choosing an export</source>
        <translation>超过 %1 个选项仍未选择导出</translation>
    </message>
    <message>
        <source>%1 from a client that did not agree to the fixed newstyle handshake</source>
        <translation>来自未约定 fixed newstyle 握手的客户端的 %1</translation>
    </message>
    <message>
        <source>the client ended the negotiation (NBD_OPT_ABORT)</source>
        <translation>客户端结束了协商（NBD_OPT_ABORT）</translation>
    </message>
    <message>
        <source>there is no export named &quot;%1&quot;</source>
        <translation>没有名为“%1”的导出</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdServer</name>
    <message>
        <source>the export &quot;%1&quot; is not served: %2</source>
        <translation>导出“%1”未提供：%2</translation>
    </message>
    <message>
        <source>the export &quot;%1&quot; is served from its file: %2</source>
        <translation>导出“%1”将从其文件提供：%2</translation>
    </message>
    <message>
        <source>the export &quot;%1&quot; is in memory (%2)</source>
        <translation>导出“%1”已在内存中（%2）</translation>
    </message>
    <message>
        <source>there is nothing to export: add a disk image or an ISO to the profile&apos;s NBD exports, or turn NBD off</source>
        <translation>没有可导出的内容：请在配置文件的 NBD 导出中添加磁盘映像或 ISO，或关闭 NBD</translation>
    </message>
    <message>
        <source>no NBD export can be served: %1</source>
        <translation>没有可提供的 NBD 导出：%1</translation>
    </message>
    <message>
        <source>the NBD server was stopped</source>
        <translation>NBD 服务器已停止</translation>
    </message>
    <message>
        <source>too many NBD clients at once (%1): the connection was turned away</source>
        <translation>同时连接的 NBD 客户端过多（%1）：连接被拒绝</translation>
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
        <source>&quot;%1&quot; is not one of read-only, copy-on-write, read-write</source>
        <translation>“%1”不是 read-only, copy-on-write, read-write 之一</translation>
    </message>
    <message>
        <source>MAC %1 has two bindings</source>
        <translation>MAC %1 有两个绑定</translation>
    </message>
    <message>
        <source>an export needs a disk image or ISO file</source>
        <translation>导出需要磁盘映像或 ISO 文件</translation>
    </message>
    <message>
        <source>the export name &quot;%1&quot; is used twice</source>
        <translation>导出名称“%1”被重复使用</translation>
    </message>
    <message>
        <source>longer than 4096 bytes</source>
        <translation>超过 4096 字节</translation>
    </message>
</context>
<context>
    <name>Bootcast::ProfileForm</name>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>this computer&apos;s IPv4 address</source>
        <translation>本机的 IPv4 地址</translation>
    </message>
    <message>
        <source>Subnet mask:</source>
        <translation>子网掩码：</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>路由器：</translation>
    </message>
    <message>
        <source>none (isolated network)</source>
        <translation>无（隔离网络）</translation>
    </message>
    <message>
        <source>Pool, first address:</source>
        <translation>地址池起始地址：</translation>
    </message>
    <message>
        <source>Pool, last address:</source>
        <translation>地址池结束地址：</translation>
    </message>
    <message>
        <source>none; several separated by commas</source>
        <translation>无；多个以逗号分隔</translation>
    </message>
    <message>
        <source>DNS servers:</source>
        <translation>DNS 服务器：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Lease time:</source>
        <translation>租期：</translation>
    </message>
    <message>
        <source>port </source>
        <translation>端口 </translation>
    </message>
    <message>
        <source>TFTP:</source>
        <translation>TFTP：</translation>
    </message>
    <message>
        <source>serve files over TFTP</source>
        <translation>通过 TFTP 提供文件</translation>
    </message>
    <message>
        <source>HTTP:</source>
        <translation>HTTP：</translation>
    </message>
    <message>
        <source>serve files over HTTP</source>
        <translation>通过 HTTP 提供文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>a subnet mask is needed</source>
        <translation>需要子网掩码</translation>
    </message>
    <message>
        <source>NBD:</source>
        <translation>NBD：</translation>
    </message>
    <message>
        <source>serve disk images and ISOs over NBD</source>
        <translation>通过 NBD 提供磁盘镜像和 ISO</translation>
    </message>
    <message>
        <source>NBD exports:</source>
        <translation>NBD 导出：</translation>
    </message>
    <message>
        <source>Reserved machines:</source>
        <translation>保留的机器：</translation>
    </message>
    <message>
        <source>Answer only the reserved machines</source>
        <translation>只应答保留的机器</translation>
    </message>
    <message>
        <source>Other machines on the cable get no answer from Bootcast (PyPXE&apos;s whitelist).</source>
        <translation>网线上的其他机器不会得到 Bootcast 的应答（即 PyPXE 的白名单）。</translation>
    </message>
    <message>
        <source>Serve addresses even when another DHCP server answers (not recommended)</source>
        <translation>即使有其他 DHCP 服务器应答也分配地址（不推荐）</translation>
    </message>
    <message>
        <source>Two DHCP servers on one network hand out conflicting addresses; proxy mode is the safe way to boot beside another server.</source>
        <translation>同一网络中的两个 DHCP 服务器会分配相互冲突的地址；在其他服务器旁启动时，代理模式才是安全的方式。</translation>
    </message>
    <message>
        <source>Full DHCP:</source>
        <translation>完整 DHCP：</translation>
    </message>
</context>
<context>
    <name>Bootcast::ProfileStore</name>
    <message>
        <source>name: a profile needs a name</source>
        <translation>name：配置文件需要名称</translation>
    </message>
    <message>
        <source>cannot create the profiles folder %1</source>
        <translation>无法创建配置文件所在的文件夹 %1</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的配置文件已存在</translation>
    </message>
    <message>
        <source>cannot delete the profile file %1</source>
        <translation>无法删除配置文件 %1</translation>
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
    <message>
        <source>PyPXE: disk image to export over NBD, relative to the netboot folder.</source>
        <translation>PyPXE：通过 NBD 导出的磁盘映像，相对于网络启动文件夹。</translation>
    </message>
    <message>
        <source>PyPXE: let NBD clients write.</source>
        <translation>PyPXE：允许 NBD 客户端写入。</translation>
    </message>
    <message>
        <source>PyPXE: keep each NBD client&apos;s writes apart, copy-on-write (on by default).</source>
        <translation>PyPXE：将每个 NBD 客户端的写入分开保存，即写时复制（默认开启）。</translation>
    </message>
    <message>
        <source>PyPXE: keep copy-on-write data in memory.</source>
        <translation>PyPXE：将写时复制数据保存在内存中。</translation>
    </message>
    <message>
        <source>PyPXE: copy the NBD image into memory first.</source>
        <translation>PyPXE：先将 NBD 映像复制到内存中。</translation>
    </message>
    <message>
        <source>PyPXE: address the NBD server listens on (default: 0.0.0.0).</source>
        <translation>PyPXE：NBD 服务器监听的地址（默认：0.0.0.0）。</translation>
    </message>
    <message>
        <source>PyPXE: NBD server port (default: 10809).</source>
        <translation>PyPXE：NBD 服务器端口（默认：10809）。</translation>
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
    <name>Bootcast::ServiceLight</name>
    <message>
        <source>%1: listening on %2 port %3</source>
        <translation>%1：正在监听 %2 端口 %3</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>所有地址</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: off in this profile</source>
        <translation>%1：此配置文件中未启用</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1：已停止</translation>
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
    <message numerus="yes">
        <source>%n more refused request(s) not shown one by one (the last one: %1)</source>
        <translation>
            <numerusform>另有 %n 个被拒绝的请求未逐条显示（最后一个：%1）</numerusform>
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
</context>
<context>
    <name>Bootcast::TrafficEvent</name>
    <message>
        <source>%1 in %2 s (%3/s)</source>
        <translation>%1，用时 %2 秒（%3/秒）</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>refused (NAK)</source>
        <translation>已拒绝（NAK）</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒用</translation>
    </message>
    <message>
        <source>inform</source>
        <translation>Inform</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>pool exhausted</source>
        <translation>地址池已耗尽</translation>
    </message>
    <message>
        <source>transfer started</source>
        <translation>传输开始</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>正在传输</translation>
    </message>
    <message>
        <source>transfer finished</source>
        <translation>传输完成</translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation>传输失败</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>Bootcast::TrafficModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Bootcast::TrafficPanel</name>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>Filter by client MAC or address</source>
        <translation>按客户端 MAC 或地址筛选</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>将所选行复制为以制表符分隔的文本</translation>
    </message>
    <message>
        <source>Save log...</source>
        <translation>保存日志...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>保存流量日志</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Bootcast::TransferProgressDelegate</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
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
