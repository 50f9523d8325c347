#include "app/cli/passphraseinput.h"

#include "app/storage/secretbytes.h"

#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ridgeline::cli {
namespace {

void stripLineEnd(QByteArray &bytes)
{
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
}

// Reads one line from the controlling terminal with echo off. nullopt when there is no terminal.
std::optional<QByteArray> promptNoEcho(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const QByteArray text = prompt.toUtf8() + ": ";
    (void)::write(fd, text.constData(), size_t(text.size()));
    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    c = 0;
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)::write(fd, "\n", 1);
    ::close(fd);
    stripLineEnd(line);
    return line;
}

Error noSource(const QString &what)
{
    return Error(ErrorCode::Usage, QStringLiteral("no %1 given: use --passphrase-file FILE, RIDGELINE_PASSPHRASE, or "
                                                  "run on a terminal to be asked")
                                       .arg(what));
}

} // namespace

Result<QByteArray> readPassphrase(const Context &context, const QString &prompt)
{
    const QString &file = context.options().passphraseFile;
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound,
                         QStringLiteral("cannot read the passphrase file %1: %2").arg(file, in.errorString()));
        QByteArray passphrase = in.read(4096);
        stripLineEnd(passphrase);
        return passphrase;
    }
    if (qEnvironmentVariableIsSet("RIDGELINE_PASSPHRASE"))
        return qgetenv("RIDGELINE_PASSPHRASE");
    auto typed = promptNoEcho(prompt);
    if (!typed)
        return noSource(QStringLiteral("passphrase"));
    return *typed;
}

Result<QByteArray> readNewPassphrase(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("RIDGELINE_NEW_PASSPHRASE"))
        return qgetenv("RIDGELINE_NEW_PASSPHRASE");
    auto first = promptNoEcho(prompt);
    if (!first)
        return Error(ErrorCode::Usage, QStringLiteral("no new passphrase given: set RIDGELINE_NEW_PASSPHRASE or run "
                                                      "on a terminal to be asked"));
    auto second = promptNoEcho(QStringLiteral("Repeat it"));
    if (!second || *second != *first) {
        storage::wipe(*first);
        return Error(ErrorCode::Usage, QStringLiteral("the two passphrases differ; nothing was changed"));
    }
    storage::wipe(*second);
    return *first;
}

} // namespace ridgeline::cli
