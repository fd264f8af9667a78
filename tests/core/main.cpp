// Runner of the core tests. The model layer needs an application object (SQL
// drivers, translations); no widgets are created, so QCoreApplication will do.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
