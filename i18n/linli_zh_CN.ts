<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractLoop</name>
    <message>
        <location filename="../qml/attract/AttractLoop.qml" line="1"/>
        <source>Touch the screen to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
</context>
<context>
    <name>AttractSlide</name>
    <message>
        <location filename="../app/attract/attract_slide.cpp" line="1"/>
        <source>Sold out</source>
        <translation>已售完</translation>
    </message>
    <message>
        <location filename="../app/attract/attract_slide.cpp" line="1"/>
        <source>Today&apos;s lunch</source>
        <translation>今天的午餐</translation>
    </message>
    <message>
        <location filename="../app/attract/attract_slide.cpp" line="1"/>
        <source>Today&apos;s activities</source>
        <translation>今天的活动</translation>
    </message>
    <message>
        <location filename="../app/attract/attract_slide.cpp" line="1"/>
        <source>Tomorrow&apos;s activities</source>
        <translation>明天的活动</translation>
    </message>
    <message>
        <location filename="../qml/attract/AttractSlide.qml" line="1"/>
        <source>Welcome! Here you can read the news, book a room or an activity, and order meals.</source>
        <translation>欢迎！在这里可以看通知、预约活动室和活动、订餐。</translation>
    </message>
</context>
<context>
    <name>BookedPage</name>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="11"/>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="11"/>
        <source>Request sent</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="11"/>
        <source>Booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="30"/>
        <source>There is no booking to show. Please start again from the home screen.</source>
        <translation>没有可显示的预约，请从首页重新开始。</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="49"/>
        <source>✓ Your request is waiting for staff approval.</source>
        <translation>✓ 您的申请已提交，等待工作人员审核。</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="50"/>
        <source>✓ Your room is booked.</source>
        <translation>✓ 房间预约成功。</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="62"/>
        <source>Booking code:</source>
        <translation>预约码：</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="74"/>
        <source>Booking code: %1</source>
        <translation>预约码：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="80"/>
        <source>Please write the code down or remember it. You can see and cancel this booking under My bookings.</source>
        <translation>请记下这个预约码。在“我的”里可以查看和取消这个预约。</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="89"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookedPage.qml" line="90"/>
        <source>Done, back to the home screen</source>
        <translation>完成，回到首页</translation>
    </message>
</context>
<context>
    <name>BookingBackend</name>
    <message>
        <location filename="../app/booking/booking_backend.cpp" line="54"/>
        <source>“%1”</source>
        <comment>an activity&apos;s title in quotes</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../app/booking/booking_backend.cpp" line="55"/>
        <source>Good news: a place came free and you are now signed up for %1.</source>
        <translation>好消息：有人取消了，您已从候补转为正式报名%1。</translation>
    </message>
    <message>
        <location filename="../app/booking/booking_backend.cpp" line="56"/>
        <source>, </source>
        <comment>between activity titles</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>BookingCapability</name>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="17"/>
        <source>B</source>
        <comment>tile glyph: book a room</comment>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="17"/>
        <source>Book a room</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="17"/>
        <source>Dance room, table tennis, meeting rooms</source>
        <translation>舞蹈室、乒乓球室、会议室</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="18"/>
        <source>M</source>
        <comment>tile glyph: my bookings</comment>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="18"/>
        <source>My bookings</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="18"/>
        <source>Your bookings, sign-ups and tickets</source>
        <translation>我的预约、报名和凭证</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="21"/>
        <source>My bookings</source>
        <comment>My area: the way to the resident&apos;s bookings</comment>
        <translation>我的预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/BookingCapability.qml" line="24"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../app/booking/booking_screen.cpp" line="24"/>
        <source>Booking is not available on this kiosk just now. Please ask the staff.</source>
        <translation>这台机器暂时不能预约，请找工作人员。</translation>
    </message>
    <message>
        <location filename="../app/booking/booking_screen.cpp" line="25"/>
        <source>The kiosk cannot read the bookings just now. Please try again in a moment, or ask the staff.</source>
        <translation>暂时读取不到预约信息，请稍后再试，或找工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>CanteenCapability</name>
    <message>
        <location filename="../qml/canteen/CanteenCapability.qml" line="16"/>
        <source>C</source>
        <comment>tile glyph: canteen</comment>
        <translation>食</translation>
    </message>
    <message>
        <location filename="../qml/canteen/CanteenCapability.qml" line="16"/>
        <source>Canteen</source>
        <translation>社区食堂</translation>
    </message>
    <message>
        <location filename="../qml/canteen/CanteenCapability.qml" line="16"/>
        <source>Order a meal with your elderly meal subsidy</source>
        <translation>用助餐补贴订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/CanteenCapability.qml" line="21"/>
        <source>Order a meal</source>
        <translation>订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/CanteenCapability.qml" line="21"/>
        <source>Meal ordered</source>
        <translation>订餐成功</translation>
    </message>
    <message>
        <location filename="../qml/canteen/CanteenCapability.qml" line="19"/>
        <location filename="../qml/canteen/CanteenCapability.qml" line="21"/>
        <source>My meal orders</source>
        <translation>我的订餐</translation>
    </message>
</context>
<context>
    <name>CanteenCommand</name>
    <message>
        <location filename="../app/canteen/report/command_support.cpp" line="44"/>
        <source>The database %1 is damaged; nothing was written. Restore it from a backup.</source>
        <translation>数据库 %1 已损坏，没有写出任何文件。请从备份恢复数据库。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/command_support.cpp" line="48"/>
        <source>The database %1 is locked by another program; nothing was written. Try again.</source>
        <translation>数据库 %1 正被另一个程序占用，没有写出任何文件。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/command_support.cpp" line="53"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/command_support.cpp" line="76"/>
        <source>There is no kiosk database at %1. Give the kiosk&apos;s data directory with --data-dir, or start the kiosk once to create it.</source>
        <translation>%1 处没有自助机的数据库。请用 --data-dir 指定自助机的数据目录，或先启动一次自助机来建立数据库。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/command_support.cpp" line="93"/>
        <source>The database %1 has schema version %2 but this program reads version %3. Start this version of the kiosk once so that it brings the database up to date.</source>
        <translation>数据库 %1 的结构版本是 %2，本程序读取的是版本 %3。请先启动一次这个版本的自助机，让它把数据库更新到最新。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/demo_order_command.cpp" line="61"/>
        <location filename="../app/canteen/report/report_command.cpp" line="173"/>
        <source>The database holds no hall yet: start the kiosk once to load its content.</source>
        <translation>数据库里还没有服务大厅的内容，请先启动一次自助机载入内容。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="68"/>
        <source>Unknown option &quot;%1&quot;. See linli-kiosk report --help.</source>
        <translation>没有“%1”这个选项。用法请看 linli-kiosk report --help。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="71"/>
        <source>%1 See linli-kiosk report --help.</source>
        <translation>参数有误：%1 用法请看 linli-kiosk report --help。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="81"/>
        <source>Unexpected &quot;%1&quot;. See linli-kiosk report --help.</source>
        <translation>多余的参数“%1”。用法请看 linli-kiosk report --help。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="84"/>
        <source>Say which report: &quot;kitchen&quot; (servings per dish) or &quot;delivery&quot; (the delivery list), not &quot;%1&quot;.</source>
        <translation>请指明要哪份报表：kitchen（备餐统计表）或 delivery（送餐清单），而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="90"/>
        <source>Missing --%1. See linli-kiosk report --help.</source>
        <translation>缺少 --%1。用法请看 linli-kiosk report --help。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="97"/>
        <source>--date must be a real day written YYYY-MM-DD, such as 2026-11-23, not &quot;%1&quot;.</source>
        <translation>--date 必须是真实存在的日期，写成 YYYY-MM-DD，例如 2026-11-23，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="103"/>
        <source>--period must be breakfast, lunch or dinner, not &quot;%1&quot;.</source>
        <translation>--period 必须是 breakfast（早餐）、lunch（午餐）或 dinner（晚餐），而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="108"/>
        <source>--out must name the PDF file to write, ending in .pdf, not &quot;%1&quot;.</source>
        <translation>--out 必须是要写出的 PDF 文件，以 .pdf 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="113"/>
        <source>--lang must be zh or en, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 zh 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="118"/>
        <source>--now must be an ISO-8601 instant, not &quot;%1&quot;.</source>
        <translation>--now 必须是 ISO-8601 格式的时刻，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="133"/>
        <source>Cannot write %1: the folder does not exist or may not be written to. Nothing was written.</source>
        <translation>无法写入 %1：文件夹不存在或不允许写入。没有写出任何文件。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="192"/>
        <source>Cannot write %1. Nothing was written.</source>
        <translation>无法写入 %1，没有写出任何文件。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="197"/>
        <source>Wrote %1 (pages: %2).</source>
        <translation>已写出 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_command.cpp" line="203"/>
        <source>Cannot read the kiosk&apos;s database: %1. Nothing was written.</source>
        <translation>无法读取自助机的数据库：%1。没有写出任何文件。</translation>
    </message>
</context>
<context>
    <name>CanteenReport</name>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="30"/>
        <source>%1 · %2</source>
        <comment>report heading: date · meal</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="32"/>
        <source>Printed %1 %2</source>
        <comment>report: date and time it was made</comment>
        <translation>制表时间：%1 %2</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="35"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="36"/>
        <source>%1 (continued)</source>
        <comment>a delivery round going on over a page break</comment>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="40"/>
        <source>There is no menu for this meal.</source>
        <translation>这一餐没有菜单。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="46"/>
        <source>Collection %1</source>
        <comment>report: pickup window</comment>
        <translation>取餐 %1</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="49"/>
        <source> · home delivery %1</source>
        <comment>report: after the pickup window</comment>
        <translation> · 送餐上门 %1</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="54"/>
        <source>Orders close at %1: until then the numbers may still change.</source>
        <translation>订餐 %1 截止，截止前份数还可能变化。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="55"/>
        <source>Orders closed at %1: these are the final numbers.</source>
        <translation>订餐已于 %1 截止，以下为最终份数。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="62"/>
        <source>Kitchen count</source>
        <translation>备餐统计表</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="63"/>
        <source>Dish</source>
        <translation>菜品</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="63"/>
        <source>Collected</source>
        <comment>kitchen count column</comment>
        <translation>堂食/自取</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="64"/>
        <source>Delivered</source>
        <comment>kitchen count column</comment>
        <translation>送餐上门</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="64"/>
        <location filename="../app/canteen/report/report_document.cpp" line="76"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="78"/>
        <source>No orders for this meal.</source>
        <translation>这一餐还没有人订餐。</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="85"/>
        <source>Delivery list</source>
        <translation>送餐清单</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="87"/>
        <source>Stop</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="87"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="87"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="88"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="88"/>
        <source>Dishes</source>
        <translation>菜品及份数</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="88"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="89"/>
        <source>Done</source>
        <comment>delivery list: ticked by hand</comment>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="100"/>
        <source>Not on a delivery round</source>
        <translation>未排入送餐路线</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/canteen/report/report_document.cpp" line="102"/>
        <source>%1 (%n stop(s))</source>
        <translation>
            <numerusform>%1（%n 站）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="111"/>
        <source>%1&#xa0;×&#xa0;%2</source>
        <comment>dish × portions</comment>
        <translation>%1&#xa0;×&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="119"/>
        <source>(no address registered)</source>
        <translation>（未登记地址）</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="123"/>
        <source>Stops: %1 · portions: %2</source>
        <comment>delivery list totals</comment>
        <translation>共 %1 站 · %2 份</translation>
    </message>
    <message>
        <location filename="../app/canteen/report/report_document.cpp" line="124"/>
        <source>No home deliveries for this meal.</source>
        <translation>这一餐没有送餐上门的订单。</translation>
    </message>
</context>
<context>
    <name>CanteenScreen</name>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="26"/>
        <source>The canteen is not available on this kiosk just now. Please ask the staff.</source>
        <translation>本机现在不能使用食堂订餐，请问工作人员。</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="28"/>
        <source>The kiosk cannot read the canteen&apos;s menus and orders just now. Please try again in a moment, or ask the staff.</source>
        <translation>本机暂时读不到食堂的菜单和订单，请稍后再试，或者问工作人员。</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="47"/>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="49"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="51"/>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="59"/>
        <source>Soft food</source>
        <translation>软烂</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="61"/>
        <source>Low salt</source>
        <translation>低盐</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="63"/>
        <source>Low sugar</source>
        <translation>低糖</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="65"/>
        <source>Vegetarian</source>
        <translation>素食</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="67"/>
        <source>Halal</source>
        <translation>清真</translation>
    </message>
    <message>
        <location filename="../app/canteen/canteen_screen.cpp" line="76"/>
        <source> · </source>
        <comment>between dish tags</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/information/catalog_facade.cpp" line="22"/>
        <source>The kiosk cannot read this just now. Please try again in a moment, or ask the staff.</source>
        <translation>暂时读取不到这些信息，请稍后再试，或找工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>CatalogWords</name>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="8"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="9"/>
        <source>Elderly care</source>
        <translation>养老服务</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="10"/>
        <source>Culture</source>
        <translation>文化活动</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="11"/>
        <source>Party &amp; community</source>
        <translation>党群服务</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="12"/>
        <source>Canteen</source>
        <translation>社区食堂</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="13"/>
        <source>Sports</source>
        <translation>体育健身</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="14"/>
        <source>Children</source>
        <translation>儿童托育</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="15"/>
        <source>Market</source>
        <translation>农贸市场</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="16"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="22"/>
        <source>Talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="23"/>
        <source>Class</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="24"/>
        <source>Performance</source>
        <translation>演出</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="25"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="26"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="32"/>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="33"/>
        <source>Facilities and rooms</source>
        <translation>设施与房间</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="34"/>
        <source>Activities</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location filename="../qml/information/CatalogWords.qml" line="35"/>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
</context>
<context>
    <name>CheckinCapability</name>
    <message>
        <location filename="../qml/checkin/CheckinCapability.qml" line="9"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>CheckinController</name>
    <message>
        <location filename="../app/checkin/checkin_controller.cpp" line="58"/>
        <source>Show your QR code or type your ticket code</source>
        <translation>请出示二维码或输入凭证码</translation>
    </message>
    <message>
        <location filename="../app/checkin/checkin_controller.cpp" line="60"/>
        <source>Please go in</source>
        <translation>请进</translation>
    </message>
    <message>
        <location filename="../app/checkin/checkin_controller.cpp" line="62"/>
        <source>Already used</source>
        <translation>这张票已用过</translation>
    </message>
    <message>
        <location filename="../app/checkin/checkin_controller.cpp" line="64"/>
        <source>Not accepted</source>
        <translation>不能通过</translation>
    </message>
    <message>
        <location filename="../app/checkin/checkin_controller.cpp" line="84"/>
        <source>Party size: %1</source>
        <translation>人数：%1</translation>
    </message>
    <message>
        <location filename="../app/checkin/checkin_controller.cpp" line="87"/>
        <source>Room booking checked in</source>
        <translation>房间预约已签到</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../qml/checkin/CheckinPage.qml" line="12"/>
        <source>Check-in · %1</source>
        <translation>签到 · %1</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CheckinPage.qml" line="12"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CheckinPage.qml" line="54"/>
        <source>This kiosk is not set up for check-in: its place is missing or unknown. Staff: set [checkin] place in the configuration.</source>
        <translation>本机未设置签到地点（地点缺失或不存在）。请工作人员在配置中填写 [checkin] place。</translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <location filename="../qml/checkin/CheckinResult.qml" line="61"/>
        <source>Hold it under the scanner or in front of the camera.</source>
        <translation>请将二维码对准扫码器或摄像头。</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CheckinResult.qml" line="62"/>
        <source>Hold it under the scanner. The camera is off.</source>
        <translation>请将二维码对准扫码器。摄像头未开启。</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CheckinResult.qml" line="87"/>
        <source>What the camera sees</source>
        <translation>摄像头看到的画面</translation>
    </message>
</context>
<context>
    <name>CodeKeys</name>
    <message>
        <location filename="../qml/checkin/CodeKeys.qml" line="20"/>
        <source>Or type the ticket code:</source>
        <translation>或输入凭证码：</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CodeKeys.qml" line="39"/>
        <source>Code typed: %1</source>
        <translation>已输入的凭证码：%1</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CodeKeys.qml" line="66"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CodeKeys.qml" line="67"/>
        <source>Erase the last character</source>
        <translation>删除最后一个字符</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CodeKeys.qml" line="74"/>
        <source>Check code</source>
        <translation>验证凭证码</translation>
    </message>
    <message>
        <location filename="../qml/checkin/CodeKeys.qml" line="75"/>
        <source>Check the typed code</source>
        <translation>验证输入的凭证码</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../qml/common/ComingSoonPage.qml" line="35"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <location filename="../qml/common/ComingSoonPage.qml" line="50"/>
        <source>Until then, the staff at the service desk on the ground floor will gladly help you, or call %1.</source>
        <translation>在此之前，一楼服务台的工作人员很乐意为您办理，也可以拨打 %1。</translation>
    </message>
    <message>
        <location filename="../qml/common/ComingSoonPage.qml" line="51"/>
        <source>Until then, the staff at the service desk on the ground floor will gladly help you.</source>
        <translation>在此之前，一楼服务台的工作人员很乐意为您办理。</translation>
    </message>
</context>
<context>
    <name>CommonCapability</name>
    <message>
        <location filename="../qml/common/CommonCapability.qml" line="6"/>
        <source>Please identify yourself</source>
        <translation>请先登录</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="12"/>
        <source>Check and confirm</source>
        <translation>核对并确认</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="35"/>
        <source>This time is no longer free. Please go back and choose another time.</source>
        <translation>这个时段已经没有了，请返回选择别的时段。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="51"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="52"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="64"/>
        <source>Shorter</source>
        <translation>缩短</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="73"/>
        <source>Length: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="81"/>
        <source>Longer</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="93"/>
        <source>It cannot be longer: that is all the time you have left in this room this week.</source>
        <translation>不能再延长：您本周在这个房间可预约的时间只剩这些了。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="95"/>
        <source>It cannot be longer: the next time is already booked.</source>
        <translation>不能再延长：之后的时段已被别人预约。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="97"/>
        <source>It cannot be longer: the room is not open after this time.</source>
        <translation>不能再延长：这个时段之后房间不开放。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="99"/>
        <source>This room can be booked for at most %1 at a time.</source>
        <translation>这个房间每次最多预约%1。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="106"/>
        <source>Booked by: %1</source>
        <translation>预约人：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="112"/>
        <source>Staff approve bookings of this room; you will see the answer under My bookings.</source>
        <translation>这个房间的预约需要工作人员审核，结果可以在“我的”里查看。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="117"/>
        <source>Please check in here between %1 minutes before and %1 minutes after the start, or the room is given to others.</source>
        <translation>请在开始前%1分钟到开始后%1分钟之间来这里签到，否则房间会让给别人。</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="128"/>
        <source>Identify to book</source>
        <translation>登录后预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/ConfirmPage.qml" line="136"/>
        <source>Confirm booking</source>
        <translation>确认预约</translation>
    </message>
    <message>
        <source>Asking the service centre to confirm. One moment, please.</source>
        <translation>正在请服务中心确认，请稍候。</translation>
    </message>
</context>
<context>
    <name>DishController</name>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="28"/>
        <source>soy</source>
        <translation>大豆</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="30"/>
        <source>egg</source>
        <translation>鸡蛋</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="32"/>
        <source>fish</source>
        <translation>鱼</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="34"/>
        <source>peanut</source>
        <translation>花生</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="36"/>
        <source>milk</source>
        <translation>牛奶</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="38"/>
        <source>wheat</source>
        <translation>小麦</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="40"/>
        <source>shellfish</source>
        <translation>贝类海鲜</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="44"/>
        <source>, </source>
        <comment>between allergens</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="51"/>
        <source>%1, %2</source>
        <comment>day, meal</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="74"/>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="75"/>
        <source>Order by %1.</source>
        <translation>请在%1前订餐。</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="75"/>
        <source>Ordering closed at %1.</source>
        <translation>已于%1截止订餐。</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="166"/>
        <source>Elderly meal subsidy: aged %1, you pay %2% of the price</source>
        <translation>老年助餐补贴：%1岁，按原价的%2%付费</translation>
    </message>
    <message>
        <location filename="../app/canteen/dish_controller.cpp" line="168"/>
        <source>Meal subsidy for residents registered as %1</source>
        <translation>%1人员助餐补贴</translation>
    </message>
</context>
<context>
    <name>DishPage</name>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="14"/>
        <source>Order a meal</source>
        <translation>订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="94"/>
        <source>This dish is no longer on the menu. Please go back and choose another.</source>
        <translation>这道菜已经不在菜单上了，请返回另选。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="95"/>
        <source>Sold out: there are no servings left for this meal.</source>
        <translation>已售完：这一餐没有剩余份数了。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="128"/>
        <source>Contains: %1</source>
        <translation>含有：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="140"/>
        <source>One portion fewer</source>
        <translation>减少一份</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/canteen/DishPage.qml" line="148"/>
        <source>%n portion(s)</source>
        <translation>
            <numerusform>%n份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="155"/>
        <source>One portion more</source>
        <translation>增加一份</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="166"/>
        <source>Collect</source>
        <translation>到食堂取餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="167"/>
        <source>Deliver home</source>
        <translation>送餐上门</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="177"/>
        <source>Delivered %1 to your registered address:
%2</source>
        <extracomment>%1 the delivery time, %2 the resident&apos;s address with unit and door hidden</extracomment>
        <translation>%1送到您登记的地址：
%2</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="178"/>
        <source>Collect it at the canteen counter, %1.</source>
        <translation>请在%1到食堂窗口取餐。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="182"/>
        <source>Use vouchers</source>
        <translation>用爱心券</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="183"/>
        <source>Pay at counter</source>
        <translation>到窗口付款</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="206"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="207"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="215"/>
        <source>Delivery fee</source>
        <translation>送餐费</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="216"/>
        <source>Vouchers (%1 left)</source>
        <translation>爱心券（余额%1）</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="219"/>
        <source>To pay at the counter</source>
        <translation>取餐时付款</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="219"/>
        <source>To pay on delivery</source>
        <translation>送餐时付款</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="226"/>
        <source>This is the full price. Identify to see your price with your subsidy and vouchers.</source>
        <translation>这是原价。刷卡或登录后，可以看到含补贴和爱心券的价格。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="235"/>
        <source>Identify to order</source>
        <translation>刷卡或登录后订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/DishPage.qml" line="244"/>
        <source>Confirm order</source>
        <translation>确认订餐</translation>
    </message>
    <message>
        <source>Asking the service centre to confirm. One moment, please.</source>
        <translation>正在请服务中心确认，请稍候。</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="12"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="34"/>
        <source>This activity has been cancelled or no longer exists.</source>
        <translation>这个活动已经取消或不存在了。</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="42"/>
        <source>No sign-up needed: just come along.</source>
        <translation>不用报名，直接来就可以。</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="43"/>
        <source>%1 of %2 places left</source>
        <translation>共%2个名额，还剩%1个</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="44"/>
        <source>Full. %1 waiting.</source>
        <translation>已报满，%1人在候补。</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="45"/>
        <source>Full. Nobody on the waiting list yet.</source>
        <translation>已报满，暂时无人候补。</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="52"/>
        <source>✓ You have a place.</source>
        <translation>✓ 您已报名成功。</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="53"/>
        <source>You are number %1 on the waiting list. If a place frees, it is yours automatically.</source>
        <translation>您是候补第%1位。有人取消时会自动轮到您。</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="75"/>
        <source>Identify to sign up</source>
        <translation>登录后报名</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="76"/>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="76"/>
        <source>Join the waiting list</source>
        <translation>排候补</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="88"/>
        <source>Give my place back</source>
        <translation>取消我的报名</translation>
    </message>
    <message>
        <location filename="../qml/booking/EventPage.qml" line="88"/>
        <source>Leave the waiting list</source>
        <translation>不排候补了</translation>
    </message>
    <message>
        <source>Asking the service centre to confirm. One moment, please.</source>
        <translation>正在请服务中心确认，请稍候。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="16"/>
        <source>Activities</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="29"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="30"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="31"/>
        <source>Next 7 days</source>
        <translation>未来7天</translation>
    </message>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="32"/>
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="83"/>
        <source>No sign-up needed</source>
        <translation>无需报名</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/information/EventsPage.qml" line="83"/>
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>剩余%n个名额</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/information/EventsPage.qml" line="96"/>
        <source>No activities on these days. Try another day.</source>
        <translation>这几天没有活动，请看看其他日子。</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <location filename="../qml/information/FacilitiesPage.qml" line="16"/>
        <source>Facilities</source>
        <translation>设施导览</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilitiesPage.qml" line="31"/>
        <source>Floor plan of this hall</source>
        <translation>本服务综合体楼层平面图</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilitiesPage.qml" line="32"/>
        <source>Open the floor plan of this hall</source>
        <translation>打开本服务综合体的楼层平面图</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilitiesPage.qml" line="66"/>
        <source>In this hall</source>
        <translation>本中心</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="14"/>
        <source>Facility not found</source>
        <translation>找不到该设施</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="14"/>
        <source>Facilities</source>
        <translation>设施导览</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="27"/>
        <source>Floor: %1</source>
        <translation>楼层：%1</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="48"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="54"/>
        <source>Show on the floor plan</source>
        <translation>在平面图上查看</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="59"/>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="64"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="64"/>
        <source>What you can do here</source>
        <translation>可以办理和参加</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="69"/>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="74"/>
        <source>Step-free access</source>
        <translation>无障碍设施</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="75"/>
        <source>Please ask staff about access.</source>
        <translation>无障碍设施情况请咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="80"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../qml/information/FacilityPage.qml" line="88"/>
        <source>This facility is no longer listed. Please go back and choose another one.</source>
        <translation>该设施已不在目录中，请返回选择其他设施。</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <location filename="../qml/information/FloorPlan.qml" line="22"/>
        <source>Floor plan</source>
        <translation>楼层平面图</translation>
    </message>
    <message>
        <location filename="../qml/information/FloorPlan.qml" line="31"/>
        <source>Corridor</source>
        <translation>走廊</translation>
    </message>
    <message>
        <location filename="../qml/information/FloorPlan.qml" line="41"/>
        <source>Lift and stairs</source>
        <translation>电梯和楼梯</translation>
    </message>
</context>
<context>
    <name>FloorPlanPage</name>
    <message>
        <location filename="../qml/information/FloorPlanPage.qml" line="16"/>
        <source>Floor plan</source>
        <translation>楼层平面图</translation>
    </message>
    <message>
        <location filename="../qml/information/FloorPlanPage.qml" line="50"/>
        <source>Tap a room to see its opening hours and what it offers.</source>
        <translation>点击房间，查看开放时间和服务内容。</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="22"/>
        <source>Processing time: %1</source>
        <translation>办理时间：%1</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="24"/>
        <source>Fee: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="32"/>
        <source>Guide not found</source>
        <translation>找不到该办事指南</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="32"/>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="49"/>
        <source>What to bring</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="54"/>
        <source>Where to go</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="60"/>
        <source>Show on the floor plan</source>
        <translation>在平面图上查看</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="65"/>
        <source>Who can apply</source>
        <translation>办理对象</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="70"/>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="76"/>
        <source>How long and what it costs</source>
        <translation>办理时限和费用</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="81"/>
        <source>Online instead</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidePage.qml" line="90"/>
        <source>This guide is no longer available. Please go back and choose another service.</source>
        <translation>该办事指南已下线，请返回选择其他事项。</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../qml/information/GuidesPage.qml" line="13"/>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidesPage.qml" line="23"/>
        <source>Choose a service to see who can apply, what to bring and which counter to go to.</source>
        <translation>选择一项服务，查看谁可以办理、要带什么材料、去哪个窗口。</translation>
    </message>
    <message>
        <location filename="../qml/information/GuidesPage.qml" line="50"/>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
</context>
<context>
    <name>HallFormat</name>
    <message>
        <location filename="../app/common/hall_format.cpp" line="16"/>
        <source>Mon</source>
        <comment>weekday, short</comment>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="17"/>
        <source>Tue</source>
        <comment>weekday, short</comment>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="18"/>
        <source>Wed</source>
        <comment>weekday, short</comment>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="19"/>
        <source>Thu</source>
        <comment>weekday, short</comment>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="20"/>
        <source>Fri</source>
        <comment>weekday, short</comment>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="21"/>
        <source>Sat</source>
        <comment>weekday, short</comment>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="22"/>
        <source>Sun</source>
        <comment>weekday, short</comment>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="26"/>
        <source>Monday</source>
        <comment>weekday, in a full date</comment>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="27"/>
        <source>Tuesday</source>
        <comment>weekday, in a full date</comment>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="28"/>
        <source>Wednesday</source>
        <comment>weekday, in a full date</comment>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="29"/>
        <source>Thursday</source>
        <comment>weekday, in a full date</comment>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="30"/>
        <source>Friday</source>
        <comment>weekday, in a full date</comment>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="31"/>
        <source>Saturday</source>
        <comment>weekday, in a full date</comment>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="32"/>
        <source>Sunday</source>
        <comment>weekday, in a full date</comment>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="37"/>
        <source>%1 Jan</source>
        <comment>day of the month (%1) and month</comment>
        <translation>1月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="38"/>
        <source>%1 Feb</source>
        <comment>day of the month (%1) and month</comment>
        <translation>2月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="39"/>
        <source>%1 Mar</source>
        <comment>day of the month (%1) and month</comment>
        <translation>3月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="40"/>
        <source>%1 Apr</source>
        <comment>day of the month (%1) and month</comment>
        <translation>4月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="41"/>
        <source>%1 May</source>
        <comment>day of the month (%1) and month</comment>
        <translation>5月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="42"/>
        <source>%1 Jun</source>
        <comment>day of the month (%1) and month</comment>
        <translation>6月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="43"/>
        <source>%1 Jul</source>
        <comment>day of the month (%1) and month</comment>
        <translation>7月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="44"/>
        <source>%1 Aug</source>
        <comment>day of the month (%1) and month</comment>
        <translation>8月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="45"/>
        <source>%1 Sep</source>
        <comment>day of the month (%1) and month</comment>
        <translation>9月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="46"/>
        <source>%1 Oct</source>
        <comment>day of the month (%1) and month</comment>
        <translation>10月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="47"/>
        <source>%1 Nov</source>
        <comment>day of the month (%1) and month</comment>
        <translation>11月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="48"/>
        <source>%1 Dec</source>
        <comment>day of the month (%1) and month</comment>
        <translation>12月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="54"/>
        <source>%1 Jan</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="56"/>
        <source>%1 Feb</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="58"/>
        <source>%1 Mar</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="60"/>
        <source>%1 Apr</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="62"/>
        <source>%1 May</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="64"/>
        <source>%1 Jun</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="66"/>
        <source>%1 Jul</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="68"/>
        <source>%1 Aug</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="70"/>
        <source>%1 Sep</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="72"/>
        <source>%1 Oct</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="74"/>
        <source>%1 Nov</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="76"/>
        <source>%1 Dec</source>
        <comment>day of the month (%1) on a narrow day button; may leave out the month</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="82"/>
        <source>%1 January %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年1月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="83"/>
        <source>%1 February %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年2月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="84"/>
        <source>%1 March %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年3月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="85"/>
        <source>%1 April %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年4月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="86"/>
        <source>%1 May %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年5月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="87"/>
        <source>%1 June %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年6月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="88"/>
        <source>%1 July %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年7月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="89"/>
        <source>%1 August %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年8月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="90"/>
        <source>%1 September %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年9月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="91"/>
        <source>%1 October %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年10月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="92"/>
        <source>%1 November %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年11月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="93"/>
        <source>%1 December %2</source>
        <comment>day of the month (%1), month and year (%2)</comment>
        <translation>%2年12月%1日</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="106"/>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <extracomment>A weekday (%1: &quot;Tue&quot;, &quot;Monday&quot;) and its date (%2: &quot;24 Nov&quot;, &quot;23 November 2026&quot;).</extracomment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="157"/>
        <source>Today · %1</source>
        <extracomment>A day heading: today, then its date (&quot;Sun 22 Nov&quot;).</extracomment>
        <translation>今天 · %1</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="160"/>
        <source>Tomorrow · %1</source>
        <extracomment>A day heading: tomorrow, then its date (&quot;Mon 23 Nov&quot;).</extracomment>
        <translation>明天 · %1</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="171"/>
        <source>Today</source>
        <extracomment>On a day button.</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="174"/>
        <source>Tomorrow</source>
        <extracomment>On a day button.</extracomment>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/hall_format.cpp" line="199"/>
        <source>%n hour(s)</source>
        <extracomment>A length of time in whole hours.</extracomment>
        <translation>
            <numerusform>%n小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/hall_format.cpp" line="201"/>
        <source>%n minute(s)</source>
        <extracomment>A length of time in minutes.</extracomment>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="204"/>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <extracomment>A length of time: hours (%1, &quot;1 hour&quot;) and minutes (%2, &quot;30 minutes&quot;).</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="221"/>
        <source>Free</source>
        <comment>no charge</comment>
        <extracomment>What a service costs when it costs nothing (not &quot;free&quot; as in a free time).</extracomment>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="230"/>
        <source>B%1</source>
        <extracomment>A floor below ground: B1 is the first basement.</extracomment>
        <translation>地下%1层</translation>
    </message>
    <message>
        <location filename="../app/common/hall_format.cpp" line="232"/>
        <source>%1F</source>
        <extracomment>A floor above ground: 2F is the second floor (the ground floor is 1F).</extracomment>
        <translation>%1楼</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/common/HomePage.qml" line="35"/>
        <source>Hello! What would you like to do today?</source>
        <translation>您好！今天想办点什么？</translation>
    </message>
    <message>
        <location filename="../qml/common/HomePage.qml" line="55"/>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <location filename="../qml/common/HomePage.qml" line="56"/>
        <source>All notices</source>
        <translation>全部通知公告</translation>
    </message>
    <message>
        <location filename="../qml/common/HomePage.qml" line="91"/>
        <source>Need help? Ask at the service desk on the ground floor, or call %1.</source>
        <translation>需要帮助？请到一楼服务台咨询，或拨打 %1。</translation>
    </message>
    <message>
        <location filename="../qml/common/HomePage.qml" line="92"/>
        <source>Need help? Ask at the service desk on the ground floor.</source>
        <translation>需要帮助？请到一楼服务台咨询。</translation>
    </message>
</context>
<context>
    <name>InformationCapability</name>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="19"/>
        <source>G</source>
        <comment>tile glyph: service guides</comment>
        <translation>办</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="19"/>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="19"/>
        <source>What to bring, and where to go, for each service</source>
        <translation>各项业务要带什么材料、到哪里办理</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="20"/>
        <source>F</source>
        <comment>tile glyph: facilities</comment>
        <translation>设</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="20"/>
        <source>Facilities</source>
        <translation>设施导览</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="20"/>
        <source>Rooms, opening hours and how to get there</source>
        <translation>各场所位置、开放时间和怎么走</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="21"/>
        <source>A</source>
        <comment>tile glyph: activities</comment>
        <translation>活</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="21"/>
        <source>Activities</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location filename="../qml/information/InformationCapability.qml" line="21"/>
        <source>Talks, classes and performances this week</source>
        <translation>本周的讲座、课程和演出</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/common/Keypad.qml" line="12"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/common/Keypad.qml" line="27"/>
        <source>⌫ Erase</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <location filename="../qml/common/Keypad.qml" line="28"/>
        <source>Erase the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>KioskScrollBar</name>
    <message>
        <location filename="../qml/common/KioskScrollBar.qml" line="11"/>
        <source>Scroll</source>
        <translation>滚动</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="10"/>
        <source>Please identify yourself</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="52"/>
        <source>Hold your resident card against the reader below the screen.</source>
        <translation>请把居民卡放在屏幕下方的读卡器上。</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="57"/>
        <source>Or type your 6-digit PIN:</source>
        <translation>或者输入6位密码：</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="57"/>
        <source>Or type your mobile phone number:</source>
        <translation>或者输入手机号：</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="72"/>
        <source>PIN, %1 of 6 digits typed</source>
        <translation>密码，已输入%1位，共6位</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="73"/>
        <source>Phone number: %1</source>
        <translation>手机号：%1</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="78"/>
        <source>Checking…</source>
        <translation>正在核对……</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="84"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/common/LoginPage.qml" line="84"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/common/Main.qml" line="18"/>
        <source>Linli community service kiosk</source>
        <translation>邻里社区服务自助终端</translation>
    </message>
    <message>
        <location filename="../qml/common/Main.qml" line="140"/>
        <source>Are you still there? Tap anywhere to continue. Otherwise you will be signed out in a moment.</source>
        <translation>您还在吗？点一下屏幕任意地方继续，否则马上会自动退出登录。</translation>
    </message>
</context>
<context>
    <name>MaintenanceBackend</name>
    <message>
        <location filename="../app/maintenance/maintenance_backend.cpp" line="54"/>
        <source>Duty operator</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../app/maintenance/maintenance_backend.cpp" line="56"/>
        <source>Canteen staff</source>
        <translation>食堂工作人员</translation>
    </message>
    <message>
        <location filename="../app/maintenance/maintenance_backend.cpp" line="58"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>MaintenanceCapability</name>
    <message>
        <location filename="../qml/maintenance/MaintenanceCapability.qml" line="8"/>
        <source>Maintenance</source>
        <translation>维护模式</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="13"/>
        <source>Maintenance</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="35"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="38"/>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="40"/>
        <source>Leave maintenance mode</source>
        <translation>退出维护模式</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="47"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/MaintenancePage.qml" line="1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MenuController</name>
    <message>
        <location filename="../app/canteen/menu_controller.cpp" line="135"/>
        <location filename="../app/canteen/menu_controller.cpp" line="146"/>
        <source>%1, %2</source>
        <comment>day, meal</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/menu_controller.cpp" line="162"/>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/canteen/menu_controller.cpp" line="163"/>
        <source>Order by %1.</source>
        <translation>请在%1前订餐。</translation>
    </message>
    <message>
        <location filename="../app/canteen/menu_controller.cpp" line="163"/>
        <source>Ordering closed at %1.</source>
        <translation>已于%1截止订餐。</translation>
    </message>
    <message>
        <location filename="../app/canteen/menu_controller.cpp" line="170"/>
        <source>Collect at the canteen %1.</source>
        <translation>%1在食堂取餐。</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="14"/>
        <source>Canteen</source>
        <translation>社区食堂</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="70"/>
        <source>ordering closed</source>
        <translation>已截止订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="85"/>
        <source>%1 %2</source>
        <comment>order by …, collect …</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="89"/>
        <source>%1 Please choose a later meal.</source>
        <translation>%1请选择以后的餐次。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="90"/>
        <source>There is no menu for this day yet.</source>
        <translation>这一天还没有菜单。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="99"/>
        <source>Full prices are shown. Identify to see your price with your subsidy.</source>
        <translation>现在显示的是原价。刷卡或登录后，可以看到您享受补贴后的价格。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="103"/>
        <source>Identify</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="104"/>
        <source>Identify to see your price</source>
        <translation>刷卡或登录，查看您的价格</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="129"/>
        <source>Sold out</source>
        <translation>已售完</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="129"/>
        <source>Sold out · next on %1</source>
        <translation>已售完 · 下次供应：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="130"/>
        <source>Your price %1 (full price %2)</source>
        <translation>您的价格%1（原价%2）</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MenuPage.qml" line="187"/>
        <source>My meal orders and vouchers</source>
        <translation>我的订餐和爱心券</translation>
    </message>
</context>
<context>
    <name>MyBookingsController</name>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="50"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="23"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="25"/>
        <source>You are checked in. Enjoy!</source>
        <translation>签到成功，祝您活动愉快！</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="39"/>
        <source>Waiting for staff approval</source>
        <translation>等待工作人员审核</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="41"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="43"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="45"/>
        <source>Not approved: %1</source>
        <translation>未获批准：%1</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>未能确认：%1</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="47"/>
        <source>Released: not checked in on time</source>
        <translation>已释放：没有按时签到</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="49"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="81"/>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../app/booking/my_bookings_controller.cpp" line="82"/>
        <source>Waiting list: number %1</source>
        <translation>候补第%1位</translation>
    </message>
</context>
<context>
    <name>MyOrdersController</name>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="25"/>
        <source>Cancelled. Any vouchers it used are back in your balance.</source>
        <translation>已取消。用掉的爱心券已退回您的余额。</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="33"/>
        <source>Vouchers received</source>
        <translation>收到爱心券</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="35"/>
        <source>Paid for a meal</source>
        <translation>订餐支付</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="37"/>
        <source>Refund for a cancelled meal</source>
        <translation>取消订餐退回</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="39"/>
        <source>Adjusted by staff</source>
        <translation>工作人员调整</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/canteen/my_orders_controller.cpp" line="61"/>
        <location filename="../app/canteen/my_orders_controller.cpp" line="82"/>
        <source>%n portion(s)</source>
        <translation>
            <numerusform>%n份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="62"/>
        <source>delivered</source>
        <translation>送餐上门</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="62"/>
        <source>collect at the canteen</source>
        <translation>到食堂取餐</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="64"/>
        <source>vouchers %1</source>
        <translation>爱心券%1</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="65"/>
        <source>to pay %1</source>
        <translation>取餐时付%1</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="68"/>
        <location filename="../app/canteen/my_orders_controller.cpp" line="81"/>
        <source>%1, %2</source>
        <comment>day, meal</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="69"/>
        <source> · </source>
        <comment>between order details</comment>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="71"/>
        <source>You can cancel until %1.</source>
        <translation>%1前可以取消。</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="74"/>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="75"/>
        <source>It can no longer be cancelled: the kitchen is preparing it.</source>
        <translation>已不能取消：厨房正在准备。</translation>
    </message>
    <message>
        <location filename="../app/canteen/my_orders_controller.cpp" line="83"/>
        <source>Not accepted, cancelled: %1</source>
        <translation>未被接受，已取消：%1</translation>
    </message>
</context>
<context>
    <name>MyOrdersPage</name>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="13"/>
        <source>My meal orders</source>
        <translation>我的订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="35"/>
        <source>Please identify yourself to see your meal orders and vouchers.</source>
        <translation>请刷卡或登录，查看您的订餐和爱心券。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="41"/>
        <source>Identify</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="53"/>
        <source>You have no meals ordered.</source>
        <translation>您还没有订餐。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="80"/>
        <source>Order code %1</source>
        <translation>取餐码 %1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="83"/>
        <source>Cancel order</source>
        <translation>取消订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="84"/>
        <source>Cancel order: %1</source>
        <translation>取消订餐：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="93"/>
        <source>Vouchers: %1 left</source>
        <translation>爱心券余额：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="115"/>
        <source>Order a meal</source>
        <translation>订餐</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="135"/>
        <source>Cancel this meal?</source>
        <translation>要取消这份订餐吗？</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="142"/>
        <source>Yes, cancel it</source>
        <translation>是的，取消</translation>
    </message>
    <message>
        <location filename="../qml/canteen/MyOrdersPage.qml" line="151"/>
        <source>No, keep it</source>
        <translation>不取消，保留</translation>
    </message>
</context>
<context>
    <name>MyPage</name>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="13"/>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="37"/>
        <source>Please identify yourself to see your bookings.</source>
        <translation>请先登录，再查看您的预约。</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="43"/>
        <source>Identify</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="50"/>
        <source>You have no upcoming bookings or sign-ups.</source>
        <translation>您现在没有预约或报名。</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="85"/>
        <source>code %1</source>
        <translation>预约码 %1</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="90"/>
        <source>Check in now</source>
        <translation>现在签到</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="91"/>
        <source>Check in now: %1</source>
        <translation>现在签到：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="97"/>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="97"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="125"/>
        <source>Cancel this?</source>
        <translation>确定要取消吗？</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="132"/>
        <source>Yes, cancel it</source>
        <translation>是的，取消</translation>
    </message>
    <message>
        <location filename="../qml/booking/MyPage.qml" line="141"/>
        <source>No, keep it</source>
        <translation>不取消，保留</translation>
    </message>
</context>
<context>
    <name>MyTicketsPage</name>
    <message>
        <location filename="../qml/tickets/MyTicketsPage.qml" line="14"/>
        <source>My tickets</source>
        <translation>我的凭证</translation>
    </message>
    <message>
        <location filename="../qml/tickets/MyTicketsPage.qml" line="34"/>
        <source>Please identify yourself to see your tickets.</source>
        <translation>请先登录，再查看您的凭证。</translation>
    </message>
    <message>
        <location filename="../qml/tickets/MyTicketsPage.qml" line="40"/>
        <source>Identify</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/tickets/MyTicketsPage.qml" line="47"/>
        <source>You have no tickets to use. Booking a room, an activity place or a meal gives you one.</source>
        <translation>您没有待使用的凭证。预约活动室、报名活动或订餐后会有凭证。</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/common/NavBar.qml" line="30"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location filename="../qml/common/NavBar.qml" line="31"/>
        <source>Back to the previous screen</source>
        <translation>返回上一页</translation>
    </message>
    <message>
        <location filename="../qml/common/NavBar.qml" line="38"/>
        <source>⌂ Home</source>
        <translation>⌂ 首页</translation>
    </message>
    <message>
        <location filename="../qml/common/NavBar.qml" line="39"/>
        <source>Home screen</source>
        <translation>回到首页</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/common/NoticeBanner.qml" line="18"/>
        <source>Urgent notice: %1. %2</source>
        <translation>紧急通知：%1。%2</translation>
    </message>
</context>
<context>
    <name>NoticeListModel</name>
    <message>
        <location filename="../app/information/notice_list_model.cpp" line="52"/>
        <source>Until %1</source>
        <extracomment>The last day a notice applies (%1, a full date: &quot;Monday 30 November 2026&quot;).</extracomment>
        <translation>有效期至%1</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../qml/information/NoticesPage.qml" line="14"/>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <location filename="../qml/information/NoticesPage.qml" line="41"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../qml/information/NoticesPage.qml" line="41"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../qml/information/NoticesPage.qml" line="41"/>
        <source>For information</source>
        <translation>告示</translation>
    </message>
    <message>
        <location filename="../qml/information/NoticesPage.qml" line="80"/>
        <source>There are no notices at the moment.</source>
        <translation>目前没有通知公告。</translation>
    </message>
</context>
<context>
    <name>OrderController</name>
    <message>
        <location filename="../app/canteen/order_controller.cpp" line="25"/>
        <source>%1, %2</source>
        <comment>day, meal</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/order_controller.cpp" line="35"/>
        <source>Delivered %1 to your registered address:
%2</source>
        <comment>delivery time, masked address</comment>
        <translation>%1送到您登记的地址：
%2</translation>
    </message>
    <message>
        <location filename="../app/canteen/order_controller.cpp" line="37"/>
        <source>Delivered to your registered address, %1.</source>
        <translation>%1送到您登记的地址。</translation>
    </message>
    <message>
        <location filename="../app/canteen/order_controller.cpp" line="38"/>
        <source>Collect it at the canteen counter, %1.</source>
        <translation>请在%1到食堂窗口取餐。</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="11"/>
        <source>Meal ordered</source>
        <translation>订餐成功</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="11"/>
        <source>Canteen</source>
        <translation>社区食堂</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="11"/>
        <source>Order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="35"/>
        <source>There is no order to show. Please start again from the canteen screen.</source>
        <translation>没有可显示的订单，请从食堂页面重新开始。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="36"/>
        <source>This order has been cancelled.</source>
        <translation>这份订单已取消。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="56"/>
        <source>✓ Your meal is ordered.</source>
        <translation>✓ 订餐成功。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="69"/>
        <source>Paid with vouchers: %1</source>
        <translation>爱心券支付：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="73"/>
        <source>To pay at the counter: %1</source>
        <translation>取餐时付款：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="73"/>
        <source>To pay on delivery: %1</source>
        <translation>送餐时付款：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="76"/>
        <source>Order code:</source>
        <translation>取餐码：</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="86"/>
        <source>Order code: %1</source>
        <translation>取餐码：%1</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="91"/>
        <source>Please show this code at the counter. You can see and cancel the order under My meal orders.</source>
        <translation>取餐时请出示这个取餐码。您可以在“我的订餐”里查看或取消这份订单。</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="100"/>
        <source>My meal orders and vouchers</source>
        <translation>我的订餐和爱心券</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="107"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/canteen/OrderPage.qml" line="108"/>
        <source>Done, sign out and go to the home screen</source>
        <translation>完成，退出登录并回到首页</translation>
    </message>
</context>
<context>
    <name>PendingBookingCard</name>
    <message>
        <location filename="../qml/maintenance/PendingBookingCard.qml" line="36"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/PendingBookingCard.qml" line="38"/>
        <source>Approve booking: %1, %2</source>
        <translation>批准预约：%1，%2</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/PendingBookingCard.qml" line="42"/>
        <source>Reject</source>
        <translation>不批准</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/PendingBookingCard.qml" line="43"/>
        <source>Reject booking: %1, %2</source>
        <translation>不批准预约：%1，%2</translation>
    </message>
</context>
<context>
    <name>PlaceListModel</name>
    <message>
        <location filename="../app/information/catalog_models.cpp" line="87"/>
        <source>Lift</source>
        <extracomment>Step-free access: the place has a lift.</extracomment>
        <translation>有电梯</translation>
    </message>
    <message>
        <location filename="../app/information/catalog_models.cpp" line="90"/>
        <source>Ramp</source>
        <extracomment>Step-free access: the place has a ramp.</extracomment>
        <translation>有坡道</translation>
    </message>
    <message>
        <location filename="../app/information/catalog_models.cpp" line="92"/>
        <source>Accessible toilet</source>
        <translation>无障碍卫生间</translation>
    </message>
</context>
<context>
    <name>PrintReceipt</name>
    <message>
        <location filename="../qml/tickets/PrintReceipt.qml" line="33"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../qml/tickets/PrintReceipt.qml" line="33"/>
        <source>Print receipt</source>
        <translation>打印凭条</translation>
    </message>
</context>
<context>
    <name>ResidentSession</name>
    <message>
        <location filename="../app/common/resident_session.cpp" line="20"/>
        <source>The kiosk is busy. Please try again.</source>
        <translation>系统正忙，请再试一次。</translation>
    </message>
    <message>
        <location filename="../app/common/resident_session.cpp" line="22"/>
        <source>The card was not read properly. Please try again.</source>
        <translation>没有读清楚这张卡，请再刷一次。</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="13"/>
        <source>Book a room</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="35"/>
        <source>This room can no longer be booked. Please go back and choose another room.</source>
        <translation>这个房间现在不能预约了，请返回选择别的房间。</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="40"/>
        <source>1. Choose a day</source>
        <translation>第一步：选择日期</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="62"/>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="71"/>
        <source>2. Tap a free time</source>
        <translation>第二步：点一个空闲时段</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="91"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="91"/>
        <source>Booked</source>
        <translation>已被预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="92"/>
        <source>Too soon</source>
        <translation>来不及</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomPage.qml" line="92"/>
        <source>Passed</source>
        <translation>已过</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="13"/>
        <source>Book a room</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="37"/>
        <source>Free now and later today. Tap a room to see all days and times.</source>
        <translation>现在和今天稍后的空闲情况。点房间可以看所有日期和时段。</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="56"/>
        <source>Closed today: %1</source>
        <translation>今天不开放：%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="57"/>
        <source>Closed today</source>
        <translation>今天不开放</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="58"/>
        <source>Free now</source>
        <translation>现在空闲</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="58"/>
        <source>next booking from %1</source>
        <translation>可预约最早%1</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="59"/>
        <source>Free later today from %1 (%2 times)</source>
        <translation>今天%1起有空（%2个时段）</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="60"/>
        <source>No free times left today</source>
        <translation>今天没有空闲时段了</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="86"/>
        <source>Up to %1 people</source>
        <translation>可容纳%1人</translation>
    </message>
    <message>
        <location filename="../qml/booking/RoomsPage.qml" line="87"/>
        <source>staff approve each booking</source>
        <translation>预约需工作人员审核</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <location filename="../qml/common/Router.qml" line="109"/>
        <source>Not found</source>
        <translation>未找到页面</translation>
    </message>
    <message>
        <location filename="../qml/common/Router.qml" line="115"/>
        <source>This screen does not exist. Please go back to the home screen.</source>
        <translation>没有这个页面，请返回首页。</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <location filename="../qml/common/ScrollPage.qml" line="41"/>
        <source>Swipe up for more ↓</source>
        <translation>向上滑动查看更多 ↓</translation>
    </message>
</context>
<context>
    <name>SearchEntry</name>
    <message>
        <location filename="../qml/common/SearchEntry.qml" line="12"/>
        <source>Search guides, facilities, activities and notices</source>
        <translation>搜索办事指南、设施、活动和通知</translation>
    </message>
    <message>
        <location filename="../qml/common/SearchEntry.qml" line="51"/>
        <source>Search, e.g. 老年卡 or lnk</source>
        <translation>搜索，例如：老年卡 或 lnk</translation>
    </message>
</context>
<context>
    <name>SearchKeyboard</name>
    <message>
        <location filename="../qml/information/SearchKeyboard.qml" line="12"/>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/information/SearchPage.qml" line="18"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../qml/information/SearchPage.qml" line="38"/>
        <source>Type here, e.g. 老年卡, lnk or dance</source>
        <translation>在这里输入，例如：老年卡、lnk</translation>
    </message>
    <message>
        <location filename="../qml/information/SearchPage.qml" line="44"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../qml/information/SearchPage.qml" line="45"/>
        <source>Clear the search words</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <location filename="../qml/information/SearchPage.qml" line="87"/>
        <source>Type Chinese, English or pinyin. Initials work too: lnk finds 老年卡 (senior card).</source>
        <translation>可以输入汉字、英文或拼音，拼音首字母也可以：输入 lnk 就能找到“老年卡”。</translation>
    </message>
    <message>
        <location filename="../qml/information/SearchPage.qml" line="88"/>
        <source>Nothing found for “%1”. Try fewer letters, or ask at the service desk.</source>
        <translation>没有找到“%1”。请少输入几个字试试，或到服务台咨询。</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../qml/common/SessionBar.qml" line="33"/>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../qml/common/SessionBar.qml" line="36"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/common/SessionBar.qml" line="37"/>
        <source>Done, sign out</source>
        <translation>完成，退出登录</translation>
    </message>
</context>
<context>
    <name>StaffPinPanel</name>
    <message>
        <location filename="../qml/maintenance/StaffPinPanel.qml" line="23"/>
        <source>Staff card read. Type your 6-digit staff PIN.</source>
        <translation>已读取工作人员卡。请输入6位工作人员密码。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StaffPinPanel.qml" line="24"/>
        <source>Staff only. Type your 6-digit staff PIN.</source>
        <translation>仅限工作人员。请输入6位工作人员密码。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StaffPinPanel.qml" line="39"/>
        <source>Staff PIN, %1 of 6 digits typed</source>
        <translation>工作人员密码，已输入%1位，共6位</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StaffPinPanel.qml" line="44"/>
        <source>Checking…</source>
        <translation>正在核对……</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StaffPinPanel.qml" line="50"/>
        <source>Enter</source>
        <translation>进入</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <location filename="../app/maintenance/status_controller.cpp" line="15"/>
        <location filename="../app/maintenance/status_controller.cpp" line="56"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/maintenance/status_controller.cpp" line="17"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../app/maintenance/status_controller.cpp" line="18"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/maintenance/status_controller.cpp" line="44"/>
        <source>development build</source>
        <translation>开发版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/maintenance/status_controller.cpp" line="57"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/maintenance/status_controller.cpp" line="63"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
    <message>
        <source>None set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Saves receipts as pictures (a test setting)</source>
        <translation>小票存为图片（测试设置）</translation>
    </message>
    <message>
        <source>Network printer %1 (checked when a receipt prints)</source>
        <translation>网络打印机 %1（打印时才检查）</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>已连接（%1）</translation>
    </message>
    <message>
        <source>Not found: check its cable and power</source>
        <translation>未找到：请检查连接线和电源</translation>
    </message>
    <message>
        <source>No USB card reader or scanner plugged in</source>
        <translation>未插入USB读卡器或扫码器</translation>
    </message>
    <message numerus="yes">
        <source>%n keyboard-type USB device(s) plugged in (card reader, scanner)</source>
        <translation>
            <numerusform>已插入%n个键盘类USB设备（读卡器、扫码器）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>显卡（OpenGL）</translation>
    </message>
    <message>
        <source>Software (set in the configuration)</source>
        <translation>软件绘制（配置指定）</translation>
    </message>
    <message>
        <source>Software (no usable graphics card found)</source>
        <translation>软件绘制（未找到可用显卡）</translation>
    </message>
    <message>
        <source>No central server set up: this kiosk works on its own</source>
        <translation>未设置中心服务器：本机独立运行</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>%1; the try at %2 failed</source>
        <translation>%1；%2 的尝试未成功</translation>
    </message>
    <message>
        <source>Not run yet: it runs every night</source>
        <translation>尚未运行：每晚自动运行</translation>
    </message>
    <message>
        <source>Passed, %1</source>
        <translation>通过，%1</translation>
    </message>
    <message>
        <source>FAILED, %1: call support</source>
        <translation>未通过，%1：请联系技术支持</translation>
    </message>
    <message>
        <source>; other night jobs failed: export diagnostics</source>
        <translation>；其他夜间任务失败：请导出诊断信息</translation>
    </message>
    <message>
        <source>%1: the database was damaged and the last good backup was put back; unsent changes were kept. Tell support.</source>
        <translation>%1：数据库曾损坏，已换回最近一次完好的备份，未发送的更改已保留。请告知技术支持。</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="25"/>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="26"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="26"/>
        <source>%1, check passed</source>
        <translation>%1，检查通过</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="27"/>
        <source>%1, CHECK FAILED: call support</source>
        <translation>%1，检查未通过：请联系技术支持</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="28"/>
        <source>Disk free</source>
        <translation>磁盘剩余</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="29"/>
        <source>Memory in use</source>
        <translation>内存占用</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="30"/>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="31"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="52"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/StatusPanel.qml" line="53"/>
        <source>Refresh the status</source>
        <translation>刷新状态</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Last good sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Nightly check</source>
        <translation>夜间检查</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>备份恢复</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>画面绘制</translation>
    </message>
</context>
<context>
    <name>SyncBackend</name>
    <message>
        <location filename="../app/sync/sync_backend.cpp" line="54"/>
        <location filename="../app/sync/sync_backend.cpp" line="58"/>
        <source>Not connected to a central server</source>
        <translation>未连接中心服务器</translation>
    </message>
    <message>
        <location filename="../app/sync/sync_backend.cpp" line="60"/>
        <source>Not enrolled with the central server</source>
        <translation>尚未登记到中心服务器</translation>
    </message>
    <message>
        <location filename="../app/sync/sync_backend.cpp" line="62"/>
        <source>Waiting for the first sync</source>
        <translation>等待首次同步</translation>
    </message>
    <message>
        <location filename="../app/sync/sync_backend.cpp" line="64"/>
        <source>Synced with the central server</source>
        <translation>已与中心服务器同步</translation>
    </message>
    <message>
        <location filename="../app/sync/sync_backend.cpp" line="66"/>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
</context>
<context>
    <name>SyncIcon</name>
    <message>
        <location filename="../qml/sync/SyncIcon.qml" line="25"/>
        <source>Stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../qml/sync/SyncIcon.qml" line="25"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../qml/tickets/TicketCard.qml" line="39"/>
        <source>Ticket QR code</source>
        <translation>凭证二维码</translation>
    </message>
    <message>
        <location filename="../qml/tickets/TicketCard.qml" line="46"/>
        <source>Ticket code:</source>
        <translation>凭证码：</translation>
    </message>
    <message>
        <location filename="../qml/tickets/TicketCard.qml" line="59"/>
        <source>Ticket code: %1</source>
        <translation>凭证码：%1</translation>
    </message>
</context>
<context>
    <name>TicketPrintController</name>
    <message>
        <location filename="../app/tickets/ticket_print_controller.cpp" line="44"/>
        <source>Printed. Please take your receipt.</source>
        <translation>已打印，请取走凭条</translation>
    </message>
    <message>
        <location filename="../app/tickets/ticket_print_controller.cpp" line="62"/>
        <source>Show this receipt or its code at the door or the counter.</source>
        <translation>请在门口或取餐台出示本凭条或凭证码。</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../qml/tickets/TicketView.qml" line="32"/>
        <source>No ticket yet: %1</source>
        <translation>暂无凭证：%1</translation>
    </message>
</context>
<context>
    <name>TicketWords</name>
    <message>
        <location filename="../app/tickets/ticket_words.cpp" line="13"/>
        <source>Room booking</source>
        <translation>活动室预约</translation>
    </message>
    <message>
        <location filename="../app/tickets/ticket_words.cpp" line="15"/>
        <source>Activity place</source>
        <translation>活动名额</translation>
    </message>
    <message>
        <location filename="../app/tickets/ticket_words.cpp" line="17"/>
        <source>Meal order</source>
        <translation>订餐</translation>
    </message>
    <message>
        <location filename="../app/tickets/ticket_words.cpp" line="33"/>
        <source> · </source>
        <comment>between ticket details</comment>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../app/tickets/ticket_words.cpp" line="35"/>
        <source>Valid %1</source>
        <translation>有效时间：%1</translation>
    </message>
</context>
<context>
    <name>TicketsCapability</name>
    <message>
        <location filename="../qml/tickets/TicketsCapability.qml" line="11"/>
        <location filename="../qml/tickets/TicketsCapability.qml" line="13"/>
        <source>My tickets</source>
        <translation>我的凭证</translation>
    </message>
</context>
<context>
    <name>TicketsScreen</name>
    <message>
        <location filename="../app/tickets/tickets_screen.cpp" line="31"/>
        <source>Tickets cannot be shown on this kiosk just now. Your booking or order stands.</source>
        <translation>本机暂时无法显示凭证。您的预约或订餐仍然有效。</translation>
    </message>
    <message>
        <location filename="../app/tickets/tickets_screen.cpp" line="33"/>
        <source>Your ticket cannot be read just now. Your booking or order stands; please ask the staff.</source>
        <translation>暂时无法读取您的凭证。您的预约或订餐仍然有效，请咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../qml/common/Tile.qml" line="19"/>
        <location filename="../qml/common/Tile.qml" line="71"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>TodayController</name>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="95"/>
        <source>Quota changed. Residents see it at once.</source>
        <translation>份数已修改，居民马上就能看到。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="20"/>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="22"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="24"/>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="70"/>
        <source>Sold out</source>
        <translation>已售完</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="71"/>
        <source>%1 of %2 left</source>
        <translation>剩%1份，共%2份</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="79"/>
        <source>Today&apos;s lists cannot be read just now.</source>
        <translation>暂时读取不到今日列表。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="89"/>
        <source>Marked sold out. Residents see it at once.</source>
        <translation>已标记售完，居民马上就能看到。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="98"/>
        <source>Booking approved.</source>
        <translation>预约已批准。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/today_controller.cpp" line="107"/>
        <source>Booking rejected. The resident sees why under My bookings.</source>
        <translation>预约未批准，居民可在“我的预约”里看到原因。</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="24"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="25"/>
        <source>Kitchen</source>
        <translation>厨房</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="26"/>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="27"/>
        <source>Rooms</source>
        <translation>活动室</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="28"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="29"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="40"/>
        <source>Bookings waiting for approval</source>
        <translation>等待审核的预约</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="40"/>
        <source>No bookings wait for approval.</source>
        <translation>没有等待审核的预约。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="51"/>
        <source>%1 · code %2</source>
        <translation>%1 · 预约码 %2</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="60"/>
        <source>Today&apos;s dishes</source>
        <translation>今日菜品</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="60"/>
        <source>No dishes on today&apos;s menu.</source>
        <translation>今天的菜单上没有菜品。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="78"/>
        <source>Mark sold out</source>
        <translation>标记售完</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/TodayPanel.qml" line="79"/>
        <source>Mark %1 sold out</source>
        <translation>将%1标记为售完</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/common/TopBar.qml" line="54"/>
        <source>Time now: %1</source>
        <translation>现在时间：%1</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../qml/maintenance/CheckInCard.qml" line="24"/>
        <source>Residents show their ticket or type its code at this kiosk. Staff are signed out; Home returns to the residents&apos; screen.</source>
        <translation>居民在这台自助机上出示票券或输入票券号码。工作人员将退出登录；点“首页”回到居民界面。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/CheckInCard.qml" line="29"/>
        <source>Check-in for</source>
        <translation>签到地点</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/CheckInCard.qml" line="41"/>
        <source>Open check-in mode</source>
        <translation>开启签到模式</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/CheckInCard.qml" line="42"/>
        <source>Open check-in mode on this kiosk</source>
        <translation>在这台自助机上开启签到模式</translation>
    </message>
</context>
<context>
    <name>CheckInModeController</name>
    <message>
        <location filename="../app/maintenance/checkin_mode_controller.cpp" line="44"/>
        <source>The places cannot be read just now.</source>
        <translation>暂时无法读取地点。</translation>
    </message>
</context>
<context>
    <name>KitchenController</name>
    <message>
        <location filename="../app/maintenance/kitchen_controller.cpp" line="63"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../app/maintenance/kitchen_controller.cpp" line="66"/>
        <source>No address registered</source>
        <translation>未登记地址</translation>
    </message>
    <message>
        <location filename="../app/maintenance/kitchen_controller.cpp" line="70"/>
        <source>The kitchen count cannot be read just now.</source>
        <translation>暂时无法读取厨房统计。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/kitchen_controller.cpp" line="73"/>
        <source>Eat in: %1 · Delivery: %2 · Stops: %3</source>
        <translation>堂食：%1 · 送餐：%2 · 送餐户数：%3</translation>
    </message>
</context>
<context>
    <name>KitchenCount</name>
    <message>
        <location filename="../qml/maintenance/KitchenCount.qml" line="22"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/KitchenCount.qml" line="22"/>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/KitchenCount.qml" line="50"/>
        <source>%1 in · %2 delivered</source>
        <translation>堂食%1 · 送餐%2</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/KitchenCount.qml" line="57"/>
        <source>Delivery list</source>
        <translation>送餐名单</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/KitchenCount.qml" line="57"/>
        <source>No deliveries for this meal.</source>
        <translation>这一餐没有送餐。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/KitchenCount.qml" line="79"/>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
</context>
<context>
    <name>NoticeController</name>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="32"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="32"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="32"/>
        <source>1 week</source>
        <translation>一周</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="32"/>
        <source>2 weeks</source>
        <translation>两周</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="32"/>
        <source>1 month</source>
        <translation>一个月</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="41"/>
        <source>Shown until the end of %1.</source>
        <translation>显示到%1结束。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="53"/>
        <source>Notice posted. It is on the home screen now.</source>
        <translation>通知已发布，现在显示在首页。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/notice_controller.cpp" line="54"/>
        <source>Notice posted. It is under Notices now.</source>
        <translation>通知已发布，现在显示在“通知公告”中。</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="27"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="33"/>
        <source>e.g. Lift out of service this afternoon</source>
        <translation>例如：今天下午电梯检修</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="34"/>
        <source>Notice title</source>
        <translation>通知标题</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="40"/>
        <source>Text (may be left empty)</source>
        <translation>正文（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="48"/>
        <source>Notice text</source>
        <translation>通知正文</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="67"/>
        <source>Normal: under Notices</source>
        <translation>普通：显示在通知公告中</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="67"/>
        <source>Urgent: on the home screen</source>
        <translation>紧急：显示在首页</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/NoticeForm.qml" line="84"/>
        <source>Post the notice</source>
        <translation>发布通知</translation>
    </message>
</context>
<context>
    <name>QuotaRow</name>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="38"/>
        <source>%1 · %2 ordered: the quota cannot go lower</source>
        <translation>%1 · 已订%2份：份数不能再少</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="39"/>
        <source>%1 · %2 ordered</source>
        <translation>%1 · 已订%2份</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="46"/>
        <source>One serving fewer of %1</source>
        <translation>%1减少一份</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="57"/>
        <source>One serving more of %1</source>
        <translation>%1增加一份</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="61"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="64"/>
        <source>Save quota of %1: %2 servings</source>
        <translation>保存%1的份数：%2份</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="69"/>
        <source>Sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/QuotaRow.qml" line="70"/>
        <source>Mark %1 sold out</source>
        <translation>将%1标记为售完</translation>
    </message>
</context>
<context>
    <name>RoomClosureCard</name>
    <message>
        <location filename="../qml/maintenance/RoomClosureCard.qml" line="27"/>
        <source>Which room?</source>
        <translation>哪间活动室？</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/RoomClosureCard.qml" line="39"/>
        <source>Which day?</source>
        <translation>哪一天？</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/RoomClosureCard.qml" line="51"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/RoomClosureCard.qml" line="69"/>
        <source>Close the room that day</source>
        <translation>当天停用这间活动室</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/RoomClosureCard.qml" line="70"/>
        <source>Put the chosen room out of service on the chosen day</source>
        <translation>在选定的日子停用选定的活动室</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/RoomClosureCard.qml" line="76"/>
        <source>Rooms today</source>
        <translation>今天的活动室</translation>
    </message>
</context>
<context>
    <name>RoomClosureController</name>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="56"/>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="56"/>
        <source>Cleaning</source>
        <translation>清洁消毒</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="56"/>
        <source>Hall event</source>
        <translation>服务中心活动</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="80"/>
        <source>Open today</source>
        <translation>今天开放</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="82"/>
        <source>Closed today</source>
        <translation>今天不开放</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="83"/>
        <source>Closed today: %1</source>
        <translation>今天不开放：%1</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="85"/>
        <source>The rooms cannot be read just now.</source>
        <translation>暂时无法读取活动室。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="105"/>
        <source>No bookings that day: nobody needs to be told.</source>
        <translation>那天没有预约，无需通知居民。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="106"/>
        <source>Bookings that day to be cancelled: %1. The residents see why under My bookings.</source>
        <translation>那天将被取消的预约：%1个。居民会在“我的预约”中看到原因。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="109"/>
        <source>The bookings cannot be read just now.</source>
        <translation>暂时无法读取预约。</translation>
    </message>
    <message>
        <location filename="../app/maintenance/room_closure_controller.cpp" line="121"/>
        <source>Room closed that day. Bookings cancelled: %1.</source>
        <translation>活动室当天已停用。已取消预约：%1个。</translation>
    </message>
</context>
<context>
    <name>StaffKeyboard</name>
    <message>
        <location filename="../qml/maintenance/StaffKeyboard.qml" line="10"/>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>No central server is set up, so there is nothing to sync.</source>
        <translation>未设置中心服务器，无需同步。</translation>
    </message>
    <message>
        <source>Syncing with the central server…</source>
        <translation>正在与中心服务器同步…</translation>
    </message>
    <message numerus="yes">
        <source>Synced. %n change(s) still waiting.</source>
        <translation>
            <numerusform>同步完成，还有%n项更改待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>连不上服务器：%1</translation>
    </message>
    <message>
        <source>USB stick “%1”</source>
        <translation>U盘“%1”</translation>
    </message>
    <message>
        <source>The kiosk's export folder</source>
        <translation>本机导出文件夹</translation>
    </message>
    <message>
        <source>Writing the diagnostics…</source>
        <translation>正在写入诊断信息…</translation>
    </message>
    <message>
        <source>Saved to %1: %2</source>
        <translation>已保存到%1：%2</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send the waiting changes to the central server and fetch its news now.</source>
        <translation>立即把待发送的更改发给中心服务器，并取回最新内容。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync with the central server now</source>
        <translation>立即与中心服务器同步</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <source>Logs, status and settings for the supplier, without names, card or phone numbers. Choose where to save them:</source>
        <translation>供维护商查看的日志、状态和设置，不含姓名、卡号和电话号码。请选择保存位置：</translation>
    </message>
    <message>
        <source>Save the diagnostics to %1</source>
        <translation>把诊断信息保存到%1</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>重新查找U盘</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>重启应用</translation>
    </message>
    <message>
        <source>Restarting: the kiosk is back in a few seconds.</source>
        <translation>正在重启，几秒后恢复。</translation>
    </message>
    <message>
        <source>The kiosk closes and starts again by itself within a few seconds. Nothing is lost.</source>
        <translation>一体机会关闭，并在几秒内自动重新启动，数据不会丢失。</translation>
    </message>
    <message>
        <source>Yes, restart now</source>
        <translation>确定，立即重启</translation>
    </message>
    <message>
        <source>Yes, restart the app now</source>
        <translation>确定立即重启应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>不重启</translation>
    </message>
</context>
<context>
    <name>SettingStepper</name>
    <message>
        <location filename="../qml/maintenance/SettingStepper.qml" line="1"/>
        <source>Less: %1</source>
        <translation>减少：%1</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingStepper.qml" line="1"/>
        <source>More: %1</source>
        <translation>增加：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Takes effect after a restart. Leave the address empty to run offline.</source>
        <translation>重启后生效。地址留空则本机独立运行。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Enrolment code (12 characters, from the central server)</source>
        <translation>登记码（12 个字符，由中心服务器提供）</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Residents</source>
        <translation>居民使用</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>The default language applies now; the rest takes effect after a restart.</source>
        <translation>默认语言立即生效；其余重启后生效。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>End an idle session after</source>
        <translation>无操作多久后结束</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Default: Chinese</source>
        <translation>默认：中文</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Default: English</source>
        <translation>默认：英文</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Standard type</source>
        <translation>标准字号</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Large type (elder mode)</source>
        <translation>大字号（长者模式）</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>What this kiosk is for</source>
        <translation>终端用途</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Takes effect after a restart.</source>
        <translation>重启后生效。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Residents&apos; self-service</source>
        <translation>居民自助</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Door check-in</source>
        <translation>门口签到</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Room or canteen at this door (its id, e.g. room-dance)</source>
        <translation>本门口的房间或食堂（编号，如 room-dance）</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Attract content (playlist file in the content folder)</source>
        <translation>轮播内容（内容文件夹中的播放列表文件）</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SettingsPanel.qml" line="1"/>
        <source>Undo the changes not yet saved</source>
        <translation>撤销尚未保存的更改</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>The volume applies now; the quiet hours take effect after a restart.</source>
        <translation>音量立即生效；静音时段重启后生效。</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>Quiet from</source>
        <translation>静音开始</translation>
    </message>
    <message>
        <location filename="../qml/maintenance/SoundSettings.qml" line="1"/>
        <source>Quiet until</source>
        <translation>静音结束</translation>
    </message>
</context>
</TS>
