// Runner of the shell tests: a real (offscreen) QApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CRM Suite Tests"));
    QApplication::setApplicationName(QStringLiteral("crm_app_tests"));
    // CRM_TEST_LANGUAGE=zh_CN or es: the screens in that language (for screenshots;
    // the assertions expect English, with its plural forms: the system's language
    // when it is unset, as in CI's C locale).
    Crm::Translations::install(qEnvironmentVariable("CRM_TEST_LANGUAGE"));
    return Catch::Session().run(argc, argv);
}
