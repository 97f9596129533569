<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CanteenReport</name>
    <message numerus="yes">
        <location filename="../app/canteen/report/report_document.cpp" line="102" />
        <source>%1 (%n stop(s))</source>
        <translation>
            <numerusform>%1 (%n stop)</numerusform>
            <numerusform>%1 (%n stops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DishPage</name>
    <message numerus="yes">
        <location filename="../qml/canteen/DishPage.qml" line="148" />
        <source>%n portion(s)</source>
        <translation>
            <numerusform>%n portion</numerusform>
            <numerusform>%n portions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <location filename="../qml/information/EventsPage.qml" line="83" />
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HallFormat</name>
    <message numerus="yes">
        <location filename="../app/common/hall_format.cpp" line="199" />
        <source>%n hour(s)</source>
        <extracomment>A length of time in whole hours.</extracomment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/hall_format.cpp" line="201" />
        <source>%n minute(s)</source>
        <extracomment>A length of time in minutes.</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyOrdersController</name>
    <message numerus="yes">
        <location filename="../app/canteen/my_orders_controller.cpp" line="61" />
        <location filename="../app/canteen/my_orders_controller.cpp" line="82" />
        <source>%n portion(s)</source>
        <translation>
            <numerusform>%n portion</numerusform>
            <numerusform>%n portions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message numerus="yes">
        <location filename="../app/maintenance/status_controller.cpp" line="57" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyboard-type USB device(s) plugged in (card reader, scanner)</source>
        <translation>
            <numerusform>%n keyboard-type USB device plugged in (card reader, scanner)</numerusform>
            <numerusform>%n keyboard-type USB devices plugged in (card reader, scanner)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message numerus="yes">
        <source>Synced. %n change(s) still waiting.</source>
        <translation>
            <numerusform>Synced. %n change still waiting.</numerusform>
            <numerusform>Synced. %n changes still waiting.</numerusform>
        </translation>
    </message>
</context>
</TS>