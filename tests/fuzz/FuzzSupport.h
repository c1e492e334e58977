#pragma once

// Shared by the libFuzzer targets: one QCoreApplication per process, quiet
// logging, and the small input formats the targets use.

#include "net/HttpMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace homing::fuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) {}

// Creates the application object once; code that needs an event loop, a
// locale or QStandardPaths works as in the programs. Log output is dropped:
// formatting it would dominate the run time.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "homing-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = [] {
        qInstallMessageHandler(quietMessages);
        return new QCoreApplication(argc, argv);
    }();
    Q_UNUSED(application);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits `input` at each separator line "%%\n" (readable in the corpus files).
inline QList<QByteArray> pieces(const QByteArray &input)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf("\n%%\n", from);
        if (at < 0) {
            result.append(input.mid(from));
            return result;
        }
        result.append(input.mid(from, at - from));
        from = at + 4;
    }
}

// "STATUS[ NUMBER]\n" then the body: "200 3\ngood 1.2.3.4\n...". Without a
// readable first line, the status is 200 and the whole piece is the body.
struct Header {
    int status = 200;
    int number = 1;
    QByteArray body;
};

inline Header header(const QByteArray &piece, int maximumNumber = 64)
{
    Header result;
    const qsizetype newline = piece.indexOf('\n');
    const QList<QByteArray> words = piece.left(newline < 0 ? 0 : newline).split(' ');
    bool statusOk = false;
    const int status = words.value(0).toInt(&statusOk);
    if (!statusOk || status < 0 || status > 999) {
        result.body = piece;
        return result;
    }
    result.status = status;
    bool numberOk = false;
    const int number = words.value(1).toInt(&numberOk);
    if (numberOk)
        result.number = qBound(1, number, maximumNumber);
    result.body = piece.mid(newline + 1);
    return result;
}

inline HttpReply reply(const Header &parsed)
{
    HttpReply answer;
    answer.status = parsed.status;
    answer.body = parsed.body;
    answer.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return answer;
}

} // namespace homing::fuzz
