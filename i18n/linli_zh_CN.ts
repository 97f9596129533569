<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookedPage</name>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="10"/>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="10"/>
        <source>Request sent</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="10"/>
        <source>Booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="20"/>
        <source>There is no booking to show. Please start again from the home screen.</source>
        <translation>没有可显示的预约，请从首页重新开始。</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="39"/>
        <source>✓ Your request is waiting for staff approval.</source>
        <translation>✓ 您的申请已提交，等待工作人员审核。</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="40"/>
        <source>✓ Your room is booked.</source>
        <translation>✓ 房间预约成功。</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="44"/>
        <source>Booking code:</source>
        <translation>预约码：</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="54"/>
        <source>Booking code: %1</source>
        <translation>预约码：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="59"/>
        <source>Please write the code down or remember it. You can see and cancel this booking under My bookings.</source>
        <translation>请记下这个预约码。在“我的”里可以查看和取消这个预约。</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="68"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/pages/BookedPage.qml" line="69"/>
        <source>Done, back to the home screen</source>
        <translation>完成，回到首页</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../qml/pages/ComingSoonPage.qml" line="35"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComingSoonPage.qml" line="50"/>
        <source>Until then, the staff at the service desk on the ground floor will gladly help you, or call %1.</source>
        <translation>在此之前，一楼服务台的工作人员很乐意为您办理，也可以拨打 %1。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ComingSoonPage.qml" line="51"/>
        <source>Until then, the staff at the service desk on the ground floor will gladly help you.</source>
        <translation>在此之前，一楼服务台的工作人员很乐意为您办理。</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="9"/>
        <source>Check and confirm</source>
        <translation>核对并确认</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="34"/>
        <source>This time is no longer free. Please go back and choose another time.</source>
        <translation>这个时段已经没有了，请返回选择别的时段。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="50"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="51"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="55"/>
        <source>Booked by: %1</source>
        <translation>预约人：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="61"/>
        <source>Staff approve bookings of this room; you will see the answer under My bookings.</source>
        <translation>这个房间的预约需要工作人员审核，结果可以在“我的”里查看。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="66"/>
        <source>Please check in here between 15 minutes before and 15 minutes after the start, or the room is given to others.</source>
        <translation>请在开始前15分钟到开始后15分钟之间来这里签到，否则房间会让给别人。</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="76"/>
        <source>Identify to book</source>
        <translation>登录后预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConfirmPage.qml" line="84"/>
        <source>Confirm booking</source>
        <translation>确认预约</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="11"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="27"/>
        <source>This activity has been cancelled or no longer exists.</source>
        <translation>这个活动已经取消或不存在了。</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="35"/>
        <source>No sign-up needed: just come along.</source>
        <translation>不用报名，直接来就可以。</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="36"/>
        <source>%1 of %2 places left</source>
        <translation>共%2个名额，还剩%1个</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="37"/>
        <source>Full. %1 waiting.</source>
        <translation>已报满，%1人在候补。</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="44"/>
        <source>✓ You have a place.</source>
        <translation>✓ 您已报名成功。</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="45"/>
        <source>You are number %1 on the waiting list. If a place frees, it is yours automatically.</source>
        <translation>您是候补第%1位。有人取消时会自动轮到您。</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="54"/>
        <source>Identify to sign up</source>
        <translation>登录后报名</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="55"/>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="55"/>
        <source>Join the waiting list</source>
        <translation>排候补</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="67"/>
        <source>Give my place back</source>
        <translation>取消我的报名</translation>
    </message>
    <message>
        <location filename="../qml/pages/EventPage.qml" line="67"/>
        <source>Leave the waiting list</source>
        <translation>不排候补了</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="35"/>
        <source>Hello! What would you like to do today?</source>
        <translation>您好！今天想办点什么？</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="74"/>
        <source>Need help? Ask at the service desk on the ground floor, or call %1.</source>
        <translation>需要帮助？请到一楼服务台咨询，或拨打 %1。</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="75"/>
        <source>Need help? Ask at the service desk on the ground floor.</source>
        <translation>需要帮助？请到一楼服务台咨询。</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/components/Keypad.qml" line="12"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/components/Keypad.qml" line="27"/>
        <source>⌫ Erase</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <location filename="../qml/components/Keypad.qml" line="28"/>
        <source>Erase the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="9"/>
        <source>Please identify yourself</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="51"/>
        <source>Hold your resident card against the reader below the screen.</source>
        <translation>请把居民卡放在屏幕下方的读卡器上。</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="56"/>
        <source>Or type your 6-digit PIN:</source>
        <translation>或者输入6位密码：</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="56"/>
        <source>Or type your mobile phone number:</source>
        <translation>或者输入手机号：</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="71"/>
        <source>PIN, %1 of 6 digits typed</source>
        <translation>密码，已输入%1位，共6位</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="72"/>
        <source>Phone number: %1</source>
        <translation>手机号：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="77"/>
        <source>Checking…</source>
        <translation>正在核对……</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="83"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="83"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Linli community service kiosk</source>
        <translation>邻里社区服务自助终端</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="71"/>
        <source>Are you still there? Tap anywhere to continue. Otherwise you will be signed out in a moment.</source>
        <translation>您还在吗？点一下屏幕任意地方继续，否则马上会自动退出登录。</translation>
    </message>
</context>
<context>
    <name>MyPage</name>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="10"/>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="31"/>
        <source>Please identify yourself to see your bookings.</source>
        <translation>请先登录，再查看您的预约。</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="37"/>
        <source>Identify</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="45"/>
        <source>You have no upcoming bookings or sign-ups.</source>
        <translation>您现在没有预约或报名。</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="80"/>
        <source>code %1</source>
        <translation>预约码 %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="85"/>
        <source>Check in now</source>
        <translation>现在签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="86"/>
        <source>Check in now: %1</source>
        <translation>现在签到：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="92"/>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="92"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="114"/>
        <source>Cancel this?</source>
        <translation>确定要取消吗？</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="121"/>
        <source>Yes, cancel it</source>
        <translation>是的，取消</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyPage.qml" line="130"/>
        <source>No, keep it</source>
        <translation>不取消，保留</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/components/NavBar.qml" line="30"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location filename="../qml/components/NavBar.qml" line="31"/>
        <source>Back to the previous screen</source>
        <translation>返回上一页</translation>
    </message>
    <message>
        <location filename="../qml/components/NavBar.qml" line="38"/>
        <source>⌂ Home</source>
        <translation>⌂ 首页</translation>
    </message>
    <message>
        <location filename="../qml/components/NavBar.qml" line="39"/>
        <source>Home screen</source>
        <translation>回到首页</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="18"/>
        <source>Urgent notice: %1. %2</source>
        <translation>紧急通知：%1。%2</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="12"/>
        <source>Book a room</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="23"/>
        <source>This room can no longer be booked. Please go back and choose another room.</source>
        <translation>这个房间现在不能预约了，请返回选择别的房间。</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="28"/>
        <source>1. Choose a day</source>
        <translation>第一步：选择日期</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="50"/>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="59"/>
        <source>2. Tap a free time</source>
        <translation>第二步：点一个空闲时段</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="79"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="79"/>
        <source>Booked</source>
        <translation>已被预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="80"/>
        <source>Too soon</source>
        <translation>来不及</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomPage.qml" line="80"/>
        <source>Passed</source>
        <translation>已过</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="10"/>
        <source>Book a room</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="26"/>
        <source>Free now and later today. Tap a room to see all days and times.</source>
        <translation>现在和今天稍后的空闲情况。点房间可以看所有日期和时段。</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="46"/>
        <source>Closed today: %1</source>
        <translation>今天不开放：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="47"/>
        <source>Closed today</source>
        <translation>今天不开放</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="48"/>
        <source>Free now</source>
        <translation>现在空闲</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="48"/>
        <source>next booking from %1</source>
        <translation>可预约最早%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="49"/>
        <source>Free later today from %1 (%2 times)</source>
        <translation>今天%1起有空（%2个时段）</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="50"/>
        <source>No free times left today</source>
        <translation>今天没有空闲时段了</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="76"/>
        <source>Up to %1 people</source>
        <translation>可容纳%1人</translation>
    </message>
    <message>
        <location filename="../qml/pages/RoomsPage.qml" line="77"/>
        <source>staff approve each booking</source>
        <translation>预约需工作人员审核</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <location filename="../qml/Router.qml" line="14"/>
        <source>G</source>
        <comment>tile glyph: service guides</comment>
        <translation>办</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="14"/>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="14"/>
        <source>What to bring and where to go for certificates, allowances and cards</source>
        <translation>办证、补贴、卡证要带什么、去哪办</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="15"/>
        <source>F</source>
        <comment>tile glyph: facilities</comment>
        <translation>设</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="15"/>
        <source>Facilities</source>
        <translation>设施导览</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="15"/>
        <source>Rooms, opening hours and how to get there</source>
        <translation>各场所位置、开放时间和怎么走</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="16"/>
        <source>A</source>
        <comment>tile glyph: activities</comment>
        <translation>活</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="16"/>
        <source>Activities</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="16"/>
        <source>Talks, classes and performances this week</source>
        <translation>本周的讲座、课程和演出</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="17"/>
        <source>B</source>
        <comment>tile glyph: book a room</comment>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="17"/>
        <source>Book a room</source>
        <translation>场地预约</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="17"/>
        <source>Dance room, table tennis, meeting rooms</source>
        <translation>舞蹈室、乒乓球室、会议室</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="18"/>
        <source>C</source>
        <comment>tile glyph: canteen</comment>
        <translation>食</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="18"/>
        <source>Canteen</source>
        <translation>社区食堂</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="18"/>
        <source>Order a meal with your elderly meal subsidy</source>
        <translation>用助餐补贴订餐</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="19"/>
        <source>M</source>
        <comment>tile glyph: my bookings</comment>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="19"/>
        <source>My bookings</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="19"/>
        <source>Your bookings, sign-ups and tickets</source>
        <translation>我的预约、报名和凭证</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="82"/>
        <source>Maintenance</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="84"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="85"/>
        <source>Not found</source>
        <translation>未找到页面</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="90"/>
        <source>Here you will soon find, for every service of this hall, who can apply, what to bring and which counter to go to.</source>
        <translation>这里很快可以查到本中心每项服务：谁能办、要带什么材料、到哪个窗口办理。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="91"/>
        <source>Here you will soon find every room and facility nearby, with opening hours, a floor plan and step-free access.</source>
        <translation>这里很快可以查到附近每个场所和设施的开放时间、楼层平面图和无障碍通道。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="92"/>
        <source>Here you will soon see the talks, classes and performances of the coming weeks, with seats left.</source>
        <translation>这里很快可以看到未来几周的讲座、课程和演出，以及剩余名额。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="93"/>
        <source>Here you will soon book the dance room, the table-tennis room and the meeting rooms yourself.</source>
        <translation>这里很快可以自己预约舞蹈室、乒乓球室和会议室。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="94"/>
        <source>Here you will soon order your meals at the canteen, with your elderly meal subsidy.</source>
        <translation>这里很快可以在社区食堂订餐，并使用老年助餐补贴。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="95"/>
        <source>Here you will soon see your bookings, sign-ups and tickets.</source>
        <translation>这里很快可以查看您的预约、报名和凭证。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="96"/>
        <source>Maintenance mode for staff is not available on this kiosk yet.</source>
        <translation>本机暂未开放工作人员维护模式。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="97"/>
        <source>This screen does not exist. Please go back to the home screen.</source>
        <translation>没有这个页面，请返回首页。</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../qml/components/SessionBar.qml" line="26"/>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/SessionBar.qml" line="29"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/components/SessionBar.qml" line="30"/>
        <source>Done, sign out</source>
        <translation>完成，退出登录</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../qml/components/Tile.qml" line="19"/>
        <location filename="../qml/components/Tile.qml" line="51"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="45"/>
        <source>Time now: %1</source>
        <translation>现在时间：%1</translation>
    </message>
</context>
</TS>
