// Runner of the shell tests: a real (offscreen) QApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CRM Suite Tests"));
    QApplication::setApplicationName(QStringLiteral("crm_app_tests"));
    return Catch::Session().run(argc, argv);
}
