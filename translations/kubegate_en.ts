<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kg::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kubegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The current design is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegate designs (*.kubegate);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kubegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kubegate %1&lt;/h3&gt;&lt;p&gt;Design, check and explain who can reach a Kubernetes API server on AKS and EKS, by which path, and why not.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a design with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%n element(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%n element&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%n elements&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n finding(s), of which %1 error(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n finding, with %1 error(s)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n findings, of which %1 error(s)&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
