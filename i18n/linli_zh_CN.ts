<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Linli community service kiosk</source>
        <translation>邻里社区服务自助终端</translation>
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
        <source>What to bring, and where to go, for each service</source>
        <translation>各项业务要带什么材料、到哪里办理</translation>
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
        <location filename="../qml/Router.qml" line="73"/>
        <source>Maintenance</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="74"/>
        <source>Not found</source>
        <translation>未找到页面</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="79"/>
        <source>Here you will soon find, for every service of this hall, who can apply, what to bring and which counter to go to.</source>
        <translation>这里很快可以查到本中心每项服务：谁能办、要带什么材料、到哪个窗口办理。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="80"/>
        <source>Here you will soon find every room and facility nearby, with opening hours, a floor plan and step-free access.</source>
        <translation>这里很快可以查到附近每个场所和设施的开放时间、楼层平面图和无障碍通道。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="81"/>
        <source>Here you will soon see the talks, classes and performances of the coming weeks, with seats left.</source>
        <translation>这里很快可以看到未来几周的讲座、课程和演出，以及剩余名额。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="82"/>
        <source>Here you will soon book the dance room, the table-tennis room and the meeting rooms yourself.</source>
        <translation>这里很快可以自己预约舞蹈室、乒乓球室和会议室。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="83"/>
        <source>Here you will soon order your meals at the canteen, with your elderly meal subsidy.</source>
        <translation>这里很快可以在社区食堂订餐，并使用老年助餐补贴。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="84"/>
        <source>Here you will soon see your bookings, sign-ups and tickets.</source>
        <translation>这里很快可以查看您的预约、报名和凭证。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="85"/>
        <source>Maintenance mode for staff is not available on this kiosk yet.</source>
        <translation>本机暂未开放工作人员维护模式。</translation>
    </message>
    <message>
        <location filename="../qml/Router.qml" line="86"/>
        <source>This screen does not exist. Please go back to the home screen.</source>
        <translation>没有这个页面，请返回首页。</translation>
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
        <location filename="../qml/components/TopBar.qml" line="50"/>
        <source>Time now: %1</source>
        <translation>现在时间：%1</translation>
    </message>
</context>
</TS>
