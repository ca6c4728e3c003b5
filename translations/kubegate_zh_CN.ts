<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kg::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kubegate</source>
        <translation>关于 Kubegate(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current design is unchanged.</source>
        <translation>无法打开 %1。当前设计保持不变。</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <source>Kubegate designs (*.kubegate);;All files (*)</source>
        <translation>Kubegate 设计 (*.kubegate);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Kubegate</source>
        <translation>关于 Kubegate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kubegate %1&lt;/h3&gt;&lt;p&gt;Design, check and explain who can reach a Kubernetes API server on AKS and EKS, by which path, and why not.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kubegate %1&lt;/h3&gt;&lt;p&gt;设计、检查并解释谁能访问 AKS 和 EKS 上的 Kubernetes API 服务器、经由哪条路径，以及为什么不能。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open a design with File &gt; Open.</source>
        <translation>请通过“文件 &gt; 打开”打开一个设计。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%n element(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%n 个元素&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n finding(s), of which %1 error(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n 条发现，其中 %1 个错误&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
