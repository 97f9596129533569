pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// Maintenance mode on the demo hall: the staff PIN on the keypad signs the canteen staff in;
// they see today's dishes (and no booking decisions) and mark one sold out, which the
// resident's menu shows at once; the operator sees booking decisions and no dishes; Leave
// forgets the staff member. Every control is named and big enough for a finger.
TestCase {
    id: testCase
    name: "Maintenance"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    readonly property MaintenanceBackend maintenance: Fixtures.kiosk.backend("maintenance") as MaintenanceBackend

    Router { id: testRouter }
    Component {
        id: pageComponent
        MaintenancePage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; maintenance: testCase.maintenance; router: testRouter; route: "maintenance" }
    }
    Component {
        id: menuComponent
        MenuPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "canteen" }
    }

    function findAll(item: Item, predicate): list<Item> {
        let found = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (predicate(child))
                found.push(child);
            found = found.concat(testCase.findAll(child, predicate));
        }
        return found;
    }
    function buttons(page: Item): list<Item> {
        return testCase.findAll(page, c => c.Accessible.role === Accessible.Button && c.visible && c.width > 0);
    }
    function press(page: Item, name: string): void {
        const found = testCase.buttons(page).filter(b => b.Accessible.name === name);
        verify(found.length > 0, "no button " + name);
        mouseClick(found[0]);
    }
    function typePin(page: Item, pin: string): void {
        for (let i = 0; i < pin.length; ++i)
            testCase.press(page, pin[i]);
        testCase.press(page, "进入");
    }
    function signIn(pin: string): Item {
        const page = createTemporaryObject(pageComponent, testCase);
        testCase.typePin(page, pin);
        tryVerify(() => testCase.maintenance.signedIn, 5000);
        return page;
    }

    function init() {
        Fixtures.language.select("zh");
        testCase.maintenance.leave();
    }

    function test_wrong_pin_is_refused_and_cleared() {
        const page = createTemporaryObject(pageComponent, testCase);
        testCase.typePin(page, "111111");
        tryVerify(() => testCase.maintenance.message.length > 0, 5000);
        verify(!testCase.maintenance.signedIn);
        compare(testCase.maintenance.message, "工作人员密码不对，请再试一次。");
    }

    function test_canteen_staff_mark_a_dish_sold_out_and_the_menu_shows_it() {
        const page = testCase.signIn("135790");
        compare(testCase.maintenance.roleTitle, "食堂工作人员");
        testCase.press(page, "今日");
        tryVerify(() => testCase.buttons(page).some(b => b.Accessible.name.startsWith("将")), 2000);
        verify(!testCase.buttons(page).some(b => b.Accessible.name.startsWith("批准")), "a cook decides no bookings");
        for (const b of testCase.buttons(page))
            verify(b.height >= Theme.minTarget && b.width >= Theme.minTarget, b.Accessible.name);

        waitForRendering(page); // laid out before it is tapped
        const soldOut = testCase.buttons(page).filter(b => b.Accessible.name.startsWith("将") && b.enabled);
        const name = soldOut[0].Accessible.name;
        mouseClick(soldOut[0]);
        tryVerify(() => testCase.findAll(page, c => c.text === "已标记售完，居民马上就能看到。" && c.visible).length > 0);
        verify(!testCase.buttons(page).filter(b => b.Accessible.name === name)[0].enabled);

        // The resident's menu of that meal, opened now, shows the dish sold out.
        const period = name.indexOf("早餐") >= 0 ? "breakfast" : name.indexOf("午餐") >= 0 ? "lunch" : "dinner";
        const dishName = name.slice(name.indexOf("·") + 2).replace(/标(记)?为售(完|罄)$/, "");
        const menu = createTemporaryObject(menuComponent, testCase, { route: "canteen/2026-11-22/" + period });
        tryVerify(() => testCase.findAll(menu, c => c.visible && typeof c.text === "string" && c.text.indexOf(dishName) >= 0).length > 0);
        verify(testCase.findAll(menu, c => c.visible && typeof c.text === "string" && c.text.indexOf("已售完") >= 0).length > 0,
               dishName + " is not shown sold out on the " + period + " menu");
    }

    function test_operator_sees_bookings_not_dishes_and_leave_forgets_them() {
        const page = testCase.signIn("246810");
        testCase.press(page, "今日");
        tryVerify(() => testCase.findAll(page, c => c.visible && c.text === "没有等待审核的预约。").length === 1);
        verify(!testCase.buttons(page).some(b => b.Accessible.name.startsWith("将")), "an operator changes no menu");
        testCase.press(page, "退出维护模式");
        verify(!testCase.maintenance.signedIn);
        compare(testCase.maintenance.staffName, "");
    }
    // 今日 offers each role its own parts and no other's: the cook the menu and the kitchen
    // count, the duty operator bookings, rooms, a notice and check-in mode, the administrator
    // all of them; and each part it offers opens.
    function test_today_parts_follow_the_role() {
        const all = ["菜单", "厨房", "预约", "活动室", "通知", "签到"];
        const offered = {
            "135790": ["菜单", "厨房"],
            "246810": ["预约", "活动室", "通知", "签到"],
            "900900": all
        };
        for (const pin of ["135790", "246810", "900900"]) {
            testCase.maintenance.leave();
            const page = testCase.signIn(pin);
            testCase.press(page, "今日");
            waitForRendering(page);
            const names = testCase.buttons(page).map(b => b.Accessible.name);
            for (const part of all)
                compare(names.indexOf(part) >= 0, offered[pin].indexOf(part) >= 0, pin + " " + part);
            for (const part of offered[pin]) {
                testCase.press(page, part);
                tryVerify(() => testCase.buttons(page).some(b => b.Accessible.name === part && b.Accessible.checked),
                          1000, pin + " opens " + part);
                // What staff type into is a finger's target too (the notice's title was not).
                for (const field of testCase.findAll(page, c => (c instanceof TextField || c instanceof TextArea) && c.visible))
                    verify(field.height >= Theme.minTarget, part + ": " + field.Accessible.name + " " + field.height);
            }
        }
    }
    function visibleText(page: Item, text: string): bool {
        return testCase.findAll(page, c => c.visible && c.text === text).length > 0;
    }

    function test_actions_only_for_roles_that_may_run_them() {
        let page = testCase.signIn("135790");
        verify(!testCase.buttons(page).some(b => b.Accessible.name === "操作"), "canteen staff get no actions");
        testCase.maintenance.leave();
        page = testCase.signIn("246810");
        testCase.press(page, "操作");
        waitForRendering(page); // laid out before it is tapped
        testCase.press(page, "立即与中心服务器同步");
        tryVerify(() => testCase.visibleText(page, "未设置中心服务器，无需同步。"));
        verify(testCase.buttons(page).some(b => b.Accessible.name === "把诊断信息保存到本机导出文件夹"));
        for (const b of testCase.buttons(page))
            verify(b.height >= Theme.minTarget && b.width >= Theme.minTarget, b.Accessible.name);
        // Restart asks first; Do not restart takes the question back.
        testCase.press(page, "重启应用");
        verify(testCase.buttons(page).some(b => b.Accessible.name === "确定立即重启应用"));
        testCase.press(page, "不重启");
        verify(!testCase.buttons(page).some(b => b.Accessible.name === "确定立即重启应用"));
        // The next staff member, a cook, is back on the status screen.
        testCase.press(page, "退出维护模式");
        testCase.typePin(page, "135790");
        tryVerify(() => testCase.maintenance.signedIn, 5000);
        verify(!testCase.buttons(page).some(b => b.Accessible.name === "立即与中心服务器同步"));
        verify(testCase.visibleText(page, "上次成功同步"));
    }

    function test_status_says_network_sync_nightly_check_and_devices() {
        const page = testCase.signIn("246810");
        for (const label of ["网络", "上次成功同步", "待发送", "夜间检查", "打印机", "读卡器", "摄像头", "画面绘制"])
            verify(testCase.visibleText(page, label), label);
        verify(testCase.visibleText(page, "未设置中心服务器：本机独立运行"));
        verify(testCase.visibleText(page, "从未同步"));
        verify(testCase.visibleText(page, "尚未运行：每晚自动运行"));
        verify(!testCase.visibleText(page, "备份恢复"), "no restore happened");
    }
}
