<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../credit_desk/app.py" line="33" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../credit_desk/app.py" line="38" />
        <source>Cannot read the office profile</source>
        <translation>无法读取本单位信息</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../credit_desk/ui/background.py" line="148" />
        <source>Cancel</source>
        <extracomment>Serializes database work from workers (SQLite allows one writer; keeps ordering predictable).</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="40" />
        <source>Not entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="55" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="58" />
        <source>Name</source>
        <translation>名称（姓名）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="59" />
        <location filename="../../credit_desk/ui/case_details.py" line="96" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="60" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="60" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="61" />
        <source>Legal representative</source>
        <translation>法定代表人（负责人）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="62" />
        <source>Address</source>
        <translation>住所（地址）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="71" />
        <source>List and criterion</source>
        <translation>名单与认定标准</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="74" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="75" />
        <source>Standard rests on</source>
        <translation>认定依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="76" />
        <source>Criterion</source>
        <translation>认定情形</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="77" />
        <source>Date of conduct</source>
        <translation>失信行为日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="78" />
        <source>Gravity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="79" />
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="86" />
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="88" />
        <location filename="../../credit_desk/ui/case_details.py" line="104" />
        <source>Instruments proving the conduct</source>
        <translation>认定依据文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="97" />
        <source>Issued by</source>
        <translation>作出机关</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="98" />
        <location filename="../../credit_desk/ui/case_details.py" line="133" />
        <source>Issued on</source>
        <translation>作出日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="99" />
        <location filename="../../credit_desk/ui/case_details.py" line="164" />
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="100" />
        <source>Named by</source>
        <translation>规定该文书的条款</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="108" />
        <location filename="../../credit_desk/ui/case_details.py" line="121" />
        <source>Sanctions</source>
        <translation>失信惩戒措施</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="108" />
        <source>None chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="115" />
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="118" />
        <source>Typed as free text (refused by R-09):</source>
        <translation>自行填写的措施（R-09 不予采用）：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="127" />
        <source>Pre-decision notice (D-01)</source>
        <translation>列入告知书（D-01）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="132" />
        <location filename="../../credit_desk/ui/case_details.py" line="162" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="134" />
        <location filename="../../credit_desk/ui/case_details.py" line="165" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="135" />
        <location filename="../../credit_desk/ui/case_details.py" line="166" />
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="136" />
        <source>Waived in writing on</source>
        <translation>书面放弃陈述申辩日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="141" />
        <source>Objection %1</source>
        <translation>第%1项异议</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="146" />
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="147" />
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="148" />
        <source>Verified</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="149" />
        <source>Result</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="150" />
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="151" />
        <source>Reply number</source>
        <translation>答复书文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="157" />
        <source>Listing decision (D-03)</source>
        <translation>列入决定书（D-03）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="163" />
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="167" />
        <source>Published on</source>
        <translation>公示渠道</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="172" />
        <source>No letter issued yet</source>
        <translation>尚未出具文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="174" />
        <source>Notice, objections and decision</source>
        <translation>告知、异议与决定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="185" />
        <source>Warnings confirmed with reasons</source>
        <translation>已书面说明理由的提示</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="120" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="133" />
        <source>Edit case…</source>
        <translation>编辑案件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="135" />
        <source>Export case file…</source>
        <translation>导出案件文件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="146" />
        <source>Findings</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="174" />
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="175" />
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="176" />
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="218" />
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="218" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="218" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="218" />
        <source>Supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="218" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="221" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="221" />
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="221" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="221" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="221" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="249" />
        <source>Cannot read the case</source>
        <translation>无法读取案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="281" />
        <source>Findings: %1 blocking, %2 warnings</source>
        <translation>审查意见：阻止 %1 项，提示 %2 项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="300" />
        <source>Deadlines (%1)</source>
        <translation>期限（%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="322" />
        <source>Letters (%1)</source>
        <translation>文书（%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="323" />
        <source>History (%1)</source>
        <translation>办理记录（%1）</translation>
    </message>
</context>
<context>
    <name>CaseRegisterModel</name>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="94" />
        <source>Case no.</source>
        <extracomment>fetch(offset, limit) -&gt; lines; may block on the database, so the widget runs it in a worker. run(job, on_done): run ``job()`` somewhere and hand its result to ``on_done`` on the GUI thread. States that need the officer's attention, and closed ones, get a colour in the state column.</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="95" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="96" />
        <source>Credit code / ID number</source>
        <translation>统一社会信用代码/身份证号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="97" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="98" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="99" />
        <source>Decision no.</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="100" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="191" />
        <source>Natural person: %1</source>
        <translation>自然人：%1</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../credit_desk/ui/catalog_window.py" line="63" />
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>CatalogWidget</name>
    <message>
        <location filename="../../credit_desk/ui/catalog_window.py" line="19" />
        <source>Listing standards</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/catalog_window.py" line="20" />
        <source>Measures list</source>
        <translation>失信惩戒措施清单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/catalog_window.py" line="21" />
        <source>Legal provisions</source>
        <translation>法律条款</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/catalog_window.py" line="22" />
        <source>Fields</source>
        <translation>设列领域</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/catalog_window.py" line="29" />
        <source>Rows tinted amber have not yet been verified against the official text.</source>
        <translation>琥珀色底纹的条目尚未核对官方文本。</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/fields.py" line="240" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>ChoiceTableModel</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/choices.py" line="56" />
        <source>Measure</source>
        <extracomment>Columns per catalog: (option attribute, header) — the header is translated by the model.</extracomment>
        <translation>惩戒措施</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/choices.py" line="56" />
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/choices.py" line="57" />
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/choices.py" line="58" />
        <source>Severity</source>
        <translation>轻重</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/choices.py" line="59" />
        <source>Text</source>
        <translation>条文</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../credit_desk/ui/widgets/date_edit.py" line="56" />
        <source>Not set</source>
        <extracomment>The sentinel that stands for "no date" (never a real case date: identifiers refuse births before 1900).</extracomment>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/date_edit.py" line="62" />
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DeadlineRow</name>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="60" />
        <source>How is this computed?</source>
        <translation>如何计算？</translation>
    </message>
</context>
<context>
    <name>DraftingWindow</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="33" />
        <source>Unfinished draft</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="34" />
        <source>An unfinished draft was found. Continue editing it?</source>
        <translation>发现未完成的草稿，是否继续编辑？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="35" />
        <location filename="../../credit_desk/ui/wizard/window.py" line="168" />
        <source>new case</source>
        <translation>新案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="37" />
        <source>%1, saved %2</source>
        <translation>%1，保存于 %2</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="41" />
        <source>Continue</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="42" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="43" />
        <location filename="../../credit_desk/ui/wizard/window.py" line="225" />
        <source>Discard draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="43" />
        <source>The letter preview is not available.</source>
        <translation>文书预览暂不可用。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="118" />
        <source>Drafting</source>
        <translation>起草</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="121" />
        <source>Insert rare character…</source>
        <translation>插入生僻字…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="123" />
        <source>Insert a character the input method lacks, by code point (%1 in a text field)</source>
        <translation>按编码插入输入法打不出的字（在文本框中按 %1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="126" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="139" />
        <source>Click into a text field first, then insert the character.</source>
        <translation>请先点击要输入的文本框，再插入生僻字。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="145" />
        <location filename="../../credit_desk/ui/wizard/window.py" line="245" />
        <source>The draft was not saved</source>
        <translation>草稿未能保存</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="169" />
        <source>Listing decision — %1</source>
        <translation>列入决定书 — %1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="172" />
        <source>Draft saved at %1</source>
        <translation>草稿已于 %1 自动保存</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="176" />
        <source>Draft NOT saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="199" />
        <source>The case was not saved</source>
        <translation>案件未能保存</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="218" />
        <source>Close the wizard</source>
        <translation>关闭向导</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="219" />
        <source>Keep the draft to continue later? It will be offered at the next start.</source>
        <translation>是否保留草稿以便以后继续？下次启动时会提示继续编辑。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="224" />
        <source>Keep draft</source>
        <translation>保留草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/window.py" line="226" />
        <source>Go on editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="63" />
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="66" />
        <source>Blocks</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="69" />
        <source>Reason needed</source>
        <translation>须说明理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="69" />
        <source>Reason given</source>
        <translation>已说明理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="73" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="80" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="82" />
        <source>“%1” must be filled in.</source>
        <translation>须填写“%1”。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="92" />
        <source>Written reason for listing despite this (required)</source>
        <translation>请填写仍予列入的书面理由（必填）</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../credit_desk/ui/case_models.py" line="37" />
        <source>Rule</source>
        <extracomment>Red for what blocks the next step, amber for what needs a written reason.</extracomment>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_models.py" line="37" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_models.py" line="37" />
        <source>Finding</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_models.py" line="37" />
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_models.py" line="65" />
        <source>Blocks</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_models.py" line="65" />
        <source>Warning</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="114" />
        <source>✓ The rules find nothing to fix on this page.</source>
        <translation>✓ 本页未发现需要处理的问题。</translation>
    </message>
</context>
<context>
    <name>IdentifierEdit</name>
    <message>
        <location filename="../../credit_desk/ui/widgets/identifier_edit.py" line="37" />
        <source>18 characters</source>
        <translation>18位代码</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/identifier_edit.py" line="37" />
        <source>18 digits (the last may be X)</source>
        <translation>18位号码（末位可为X）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/identifier_edit.py" line="65" />
        <source>%1 of %2 characters</source>
        <translation>已输入 %1/%2 位</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/identifier_edit.py" line="67" />
        <source>✓ Valid</source>
        <translation>✓ 校验通过</translation>
    </message>
</context>
<context>
    <name>InstrumentsEditor</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="109" />
        <source>Add an instrument</source>
        <translation>添加文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="149" />
        <source>Instrument %1</source>
        <translation>依据文书 %1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="159" />
        <source>Remove this instrument</source>
        <translation>删除此文书</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="71" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="73" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="74" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="90" />
        <source>Preparing the letter…</source>
        <translation>正在生成正式文书…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="117" />
        <source>Sent %1 page(s) to the printer.</source>
        <translation>已向打印机发送 %1 页。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="121" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="122" />
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="135" />
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="140" />
        <location filename="../../credit_desk/ui/letter_output.py" line="161" />
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="152" />
        <source>The letter cannot be issued yet. Resolve these first:</source>
        <translation>文书尚不能正式出具，请先解决以下问题：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="46" />
        <source>Credit Desk — serious dishonesty listing</source>
        <extracomment>recorded with every written reason until officer log-in lands (issue 5)</extracomment>
        <translation>信用认定工作台 — 严重失信主体名单认定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="68" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="96" />
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="98" />
        <source>&amp;Edit selected case…</source>
        <translation>编辑所选案件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="100" />
        <source>&amp;Import case file…</source>
        <translation>导入案件文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="101" />
        <source>E&amp;xport case file…</source>
        <translation>导出案件文件(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="103" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="104" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="111" />
        <source>&amp;Catalogs…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="112" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="122" />
        <source>No office profile yet: view only. Fill it in under Settings › Office profile…</source>
        <translation>尚未填写本单位信息，只能查看。请在“设置 › 本单位信息…”中填写。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="147" />
        <source>Fill in the office profile first (Settings › Office profile…).</source>
        <translation>请先填写本单位信息（设置 › 本单位信息…）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="163" />
        <source>Select a case in the register first.</source>
        <translation>请先在案件登记簿中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="175" />
        <source>(no party yet)</source>
        <translation>（尚未填写当事人）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="177" />
        <source>An unfinished draft was found (party: %1, saved %2). Continue editing it?</source>
        <translation>发现未完成的草稿（当事人：%1，保存于 %2），是否继续编辑？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="178" />
        <source>Unfinished draft</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="187" />
        <source>Import case file</source>
        <translation>导入案件文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="188" />
        <location filename="../../credit_desk/ui/main_window.py" line="219" />
        <source>Case files (*.json)</source>
        <translation>案件文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="202" />
        <source>Imported as case %1 (draft).</source>
        <translation>已导入为案件 %1（草稿）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="207" />
        <source>The case file was not imported</source>
        <translation>案件文件未导入</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="218" />
        <source>Export case file</source>
        <translation>导出案件文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="225" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="227" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>MultiEditor</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="44" />
        <source>Search by law, article or text</source>
        <translation>按法规名称、条号或条文搜索</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="70" />
        <source>Measures this standard lists</source>
        <translation>本名单认定标准所列措施</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="72" />
        <source>Other measures of the list (choosing one needs a written reason, R-10)</source>
        <translation>清单中的其他措施（选用须书面说明理由，R-10）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="73" />
        <source>Provisions of the chosen standard and criterion</source>
        <translation>所选认定标准和列入情形的依据条款</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/list_fields.py" line="74" />
        <source>Other provisions</source>
        <translation>其他条款</translation>
    </message>
</context>
<context>
    <name>NumberPatternModel</name>
    <message>
        <location filename="../../credit_desk/ui/number_pattern_model.py" line="75" />
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/number_pattern_model.py" line="75" />
        <source>Number pattern</source>
        <translation>文号格式</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/number_pattern_model.py" line="75" />
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/number_pattern_model.py" line="94" />
        <source>(pattern unusable)</source>
        <translation>（格式无效）</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="63" />
        <source>Office profile</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="74" />
        <source>Letters go out in the name of the deciding body. Enter it once here; every new case starts from this profile.</source>
        <translation>文书以决定机关的名义制发。请在此一次填好，之后新建的案件都从这里带入。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="102" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="172" />
        <source>Deciding body</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="173" />
        <source>e.g. Qingshan County Market Regulation Bureau</source>
        <translation>如：青山县市场监督管理局</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="174" />
        <source>Deciding body:</source>
        <translation>决定机关：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="177" />
        <source>Abbreviation:</source>
        <translation>机关代字：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="178" />
        <source>used in document numbers</source>
        <translation>用于文号，如：青山县市监</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="184" />
        <source>Level:</source>
        <translation>行政层级：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="188" />
        <source>Handling unit and contact</source>
        <translation>承办单位与联系方式</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="189" />
        <source>Letters are issued in the name of the deciding body; a township unit may be the handling unit.</source>
        <translation>文书以决定机关名义制发；乡镇单位可作为承办单位</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="191" />
        <source>Handling unit:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="192" />
        <source>if cases are prepared elsewhere</source>
        <translation>案件由其他单位（如市场监管所）办理时填写</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="193" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="194" />
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="195" />
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="199" />
        <source>Remedies named in the decision</source>
        <translation>决定书载明的救济途径</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="201" />
        <source>Reconsideration body:</source>
        <translation>行政复议机关：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="204" />
        <source>People's court:</source>
        <translation>人民法院：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="210" />
        <source>Document numbers</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="213" />
        <source>Placeholders: {abbr} abbreviation, {year} year, {seq} sequence number. Double-click a pattern to change it.</source>
        <translation>占位符：{abbr} 机关代字，{year} 年份，{seq} 顺序号。双击文号格式可以修改。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="215" />
        <source>Restore default patterns</source>
        <translation>恢复默认格式</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="278" />
        <source>Suggested: {body}. {reason}</source>
        <translation>建议：{body}。{reason}</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="301" />
        <source>Example: {number}</source>
        <translation>示例：{number}</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="306" />
        <source>{count} item(s) must be corrected before saving.</source>
        <translation>还有 {count} 项须改正后才能保存。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="316" />
        <source>blocks</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="316" />
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="317" />
        <source>Basis: {citation}</source>
        <translation>依据：{citation}</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="332" />
        <source>Office profile not saved</source>
        <translation>本单位信息未保存</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="335" />
        <source>Office profile saved.</source>
        <translation>本单位信息已保存。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/office_dialog.py" line="374" />
        <source>Office profile…</source>
        <translation>本单位信息…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="112" />
        <source>Listing decision (D-03)</source>
        <extracomment>"Fit width" stops growing the page beyond this zoom (of its physical size) on very wide panes. Letter types the pane can show, in the order of the switch.</extracomment>
        <translation>列入决定书（D-03）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="113" />
        <source>Repair notice (D-08)</source>
        <translation>信用修复告知书（D-08）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="119" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="120" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="121" />
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="124" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="128" />
        <source>Export PDF or Word…</source>
        <translation>导出 PDF 或 Word…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="133" />
        <source>Letter:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="166" />
        <source>The letter appears here as soon as it can be made.</source>
        <translation>文书可以生成后即在此处显示。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="175" />
        <source>No case yet.</source>
        <translation>尚未打开案件。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="267" />
        <source>Rendering…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="280" />
        <source>The preview failed; see the error report.</source>
        <translation>预览生成失败，请查看错误报告。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="299" />
        <source>The letter cannot be made yet; the last preview that could be made is shown.</source>
        <translation>文书尚不能生成；下方显示的是上一次成功生成的预览。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="300" />
        <source>The letter cannot be made yet.</source>
        <translation>文书尚不能生成。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="308" />
        <source>%1 page(s), rendered in %2 ms.</source>
        <translation>共 %1 页，生成用时 %2 毫秒。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="310" />
        <source>%1 warning(s) need a written reason before issue.</source>
        <translation>有 %1 项提示须在出具前书面说明理由。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="350" />
        <source>Draft preview: the decision has no document number yet.</source>
        <translation>草稿预览：列入决定尚未编文号。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="359" />
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="361" />
        <source>Field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="372" />
        <location filename="../../credit_desk/ui/preview.py" line="380" />
        <source>Open or start a case first.</source>
        <translation>请先打开或新建案件。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../credit_desk/ui/printing.py" line="57" />
        <source>Print at 100% — do not choose “Fit to page” or any scaling</source>
        <extracomment>Height of one rendered strip in device pixels (at 1200 dpi an A4 strip is ≈ 40 MB).</extracomment>
        <translation>请以100%比例打印，不要选择“适合页面”或任何缩放</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/printing.py" line="124" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/printing.py" line="134" />
        <source>The printer refused a new page.</source>
        <translation>打印机无法开始新的一页。</translation>
    </message>
</context>
<context>
    <name>RareCharDialog</name>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="86" />
        <source>Insert rare character</source>
        <extracomment>Characters often met in names that common input methods lack or hide (Ext-A/Ext-B and rare BMP ones). Each is printable with the bundled letter fonts (Noto Serif SC, AR PL UMing fallback).</extracomment>
        <translation>插入生僻字</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="90" />
        <source>Code point, e.g. U+2020C or 2020C</source>
        <translation>字符编码，如 U+2020C 或 2020C</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="118" />
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="128" />
        <source>Type the code point of the character:</source>
        <translation>输入该字的编码：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="132" />
        <source>Or pick a character often used in names:</source>
        <translation>或选择常见的人名用字：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="153" />
        <source>Not a code point of a printable character.</source>
        <translation>不是可打印字符的编码。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/widgets/rare_char.py" line="180" />
        <source>Insert rare character…</source>
        <translation>插入生僻字…</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="98" />
        <source>Search by name, credit code, ID number or letter number</source>
        <extracomment>Milliseconds of quiet after the last keystroke before the search runs.</extracomment>
        <translation>按名称、统一社会信用代码、身份证号码或文书文号查找</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="100" />
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="107" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="108" />
        <source>Open cases</source>
        <translation>未办结案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="114" />
        <source>All lists</source>
        <translation>全部名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="122" />
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="155" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="157" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="159" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="166" />
        <source>No cases yet. Click “New case…” to start one, or import a case file from the Case menu.</source>
        <translation>尚无案件。点击“新建案件…”开始办理，或从“案件”菜单导入案件文件。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="252" />
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="259" />
        <source>Cases: %1</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="274" />
        <source>Cannot read the case register</source>
        <translation>无法读取案件登记簿</translation>
    </message>
</context>
<context>
    <name>ReviewPageView</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/review.py" line="93" />
        <source>Still to fix on the pages %1.</source>
        <translation>以下页面尚有问题需要处理：%1。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/review.py" line="96" />
        <source>Every page passes the rules. Check the text once more, then finish.</source>
        <translation>各页均已通过规则检查。请再核对一遍内容，然后点“完成”。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/review.py" line="108" />
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/review.py" line="130" />
        <source>Edit on page “%1”</source>
        <translation>到“%1”页修改</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="104" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="106" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="108" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="111" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="194" />
        <source>This value cannot be used here: %1</source>
        <translation>此处不能使用该值：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="216" />
        <source>%1 %2 (basis: %3)</source>
        <translation>%1 %2（依据：%3）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="219" />
        <source>“%1” must be filled in.</source>
        <translation>须填写“%1”。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="223" />
        <source>%1 needs a written reason: %2 (basis: %3)</source>
        <translation>%1 须书面说明理由：%2（依据：%3）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="238" />
        <source>Next is disabled: %1</source>
        <translation>不能进入下一步：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="243" />
        <source>Finish is disabled: page “%1”: %2</source>
        <translation>不能完成：“%1”页：%2</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/wizard_view.py" line="244" />
        <source>Next is disabled: page “%1”: %2</source>
        <translation>不能进入下一步：“%1”页：%2</translation>
    </message>
</context>
</TS>