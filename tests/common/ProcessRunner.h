#pragma once

// Running a real client program (curl, busybox, tftp-hpa, nbdinfo, qemu-io, ...) to its end, shared by
// the server test suites. The servers under test live in their own threads, so blocking here is fine.

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace BootcastTest {

struct ProcessResult
{
    bool started = false;
    bool finished = false; // false: killed after the timeout
    int exitCode = -1;     // -1 when it crashed or was killed
    QByteArray output;     // standard output, or both channels when merged
    QByteArray errors;     // standard error when the channels are separate
    qint64 elapsedMsecs = 0;
};

enum class Channels { Merged, Separate };

inline ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMsecs = 60000,
                                const QString &workDir = QString(), Channels channels = Channels::Merged)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    if (channels == Channels::Merged)
        process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start();
    ProcessResult result;
    result.started = process.waitForStarted(10000);
    if (!result.started)
        return result;
    result.finished = process.waitForFinished(timeoutMsecs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.elapsedMsecs = clock.elapsed();
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace BootcastTest
