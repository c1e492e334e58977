#include "TerminalInput.h"

#include <QTextStream>

#include <cstdio>
#include <io.h>
#include <windows.h>

namespace homing::cli {

bool standardInputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

QString readLineWithoutEcho()
{
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool haveConsole = GetConsoleMode(console, &saved) != 0;
    if (haveConsole)
        SetConsoleMode(console, saved & ~DWORD(ENABLE_ECHO_INPUT));
    QTextStream input(stdin);
    const QString line = input.readLine();
    if (haveConsole) {
        SetConsoleMode(console, saved);
        std::fputc('\n', stderr);
    }
    return line;
}

} // namespace homing::cli
