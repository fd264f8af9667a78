#pragma once

// The shell as `crmsuite` starts it, for the GUI tests: every built module, a demo
// database on disk, the administrator logged in.

#include "guitest.h"

#include "appcontext.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "shellpages.h"
#include "ui/listpage.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace Crm::Test {

struct Shell
{
    QTemporaryDir dir;
    AppContext ctx;
    std::unique_ptr<MainWindow> window;

    explicit Shell(int customers = 300)
    {
        ctx.loadModules();
        registerShellPages(ctx.registry());
        Database &db = ctx.openDatabase(dir.filePath(QStringLiteral("crm.db")), AppContext::Access::Create);
        DemoOptions options;
        options.customers = customers;
        options.products = 50;
        ctx.createDemo(options);
        UserRepository users(db, QStringLiteral("admin"));
        window = std::make_unique<MainWindow>(ctx, users.sessionFor(*users.findByLogin(QStringLiteral("admin"))));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    const Database &db() const { return *ctx.database(); }

    ListPage *page(const QString &id)
    {
        REQUIRE(window->showPage(id));
        auto *page = qobject_cast<ListPage *>(window->currentPage());
        REQUIRE(page);
        return page;
    }
    ListPage *customers() { return page(QStringLiteral("sales.page.customers")); }
};

} // namespace Crm::Test
