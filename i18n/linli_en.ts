<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <location filename="../qml/information/EventsPage.qml" line="76"/>
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
        <location filename="../app/common/hall_format.cpp" line="199"/>
        <source>%n hour(s)</source>
        <extracomment>A length of time in whole hours.</extracomment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/hall_format.cpp" line="201"/>
        <source>%n minute(s)</source>
        <extracomment>A length of time in minutes.</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
