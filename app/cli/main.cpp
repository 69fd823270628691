// Placeholder entry point until the CLI lands (see app/cli).
#include <QCoreApplication>
#include <cstdio>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::fputs("schemapilot-cli: not yet implemented\n", stderr);
    return 1;
}
