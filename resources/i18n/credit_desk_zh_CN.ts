<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceptRepairDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="394" />
        <source>Accept a credit-repair application</source>
        <translation>受理信用修复申请</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="394" />
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="397" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="398" />
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="403" />
        <source>No application is waiting for acceptance.</source>
        <translation>没有待受理的信用修复申请。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../credit_desk/app.py" line="115" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/app.py" line="219" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../credit_desk/app.py" line="225" />
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
        <location filename="../../credit_desk/ui/case_details.py" line="41" />
        <source>Not entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="56" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="59" />
        <source>Name</source>
        <translation>名称（姓名）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="60" />
        <location filename="../../credit_desk/ui/case_details.py" line="97" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="61" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="61" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="62" />
        <source>Legal representative</source>
        <translation>法定代表人（负责人）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="63" />
        <source>Address</source>
        <translation>住所（地址）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="72" />
        <source>List and criterion</source>
        <translation>名单与认定标准</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="75" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="76" />
        <source>Standard rests on</source>
        <translation>认定依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="77" />
        <source>Criterion</source>
        <translation>认定情形</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="78" />
        <source>Date of conduct</source>
        <translation>失信行为日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="79" />
        <source>Gravity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="80" />
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="87" />
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="89" />
        <location filename="../../credit_desk/ui/case_details.py" line="105" />
        <source>Instruments proving the conduct</source>
        <translation>认定依据文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="98" />
        <source>Issued by</source>
        <translation>作出机关</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="99" />
        <location filename="../../credit_desk/ui/case_details.py" line="141" />
        <source>Issued on</source>
        <translation>作出日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="100" />
        <location filename="../../credit_desk/ui/case_details.py" line="172" />
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="101" />
        <source>Named by</source>
        <translation>规定该文书的条款</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="109" />
        <location filename="../../credit_desk/ui/case_details.py" line="129" />
        <source>Sanctions</source>
        <translation>失信惩戒措施</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="109" />
        <source>None chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="115" />
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="117" />
        <source>Suspended while the objection is verified (R-07).</source>
        <translation>异议核实期间，以下惩戒措施暂停执行（R-07）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="123" />
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="126" />
        <source>Typed as free text (refused by R-09):</source>
        <translation>自行填写的措施（R-09 不予采用）：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="135" />
        <source>Pre-decision notice (D-01)</source>
        <translation>列入告知书（D-01）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="140" />
        <location filename="../../credit_desk/ui/case_details.py" line="170" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="142" />
        <location filename="../../credit_desk/ui/case_details.py" line="173" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="143" />
        <location filename="../../credit_desk/ui/case_details.py" line="174" />
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="144" />
        <source>Waived in writing on</source>
        <translation>书面放弃陈述申辩日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="149" />
        <source>Objection %1</source>
        <translation>第%1项异议</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="154" />
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="155" />
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="156" />
        <source>Verified</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="157" />
        <source>Result</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="158" />
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="159" />
        <source>Reply number</source>
        <translation>答复书文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="165" />
        <source>Listing decision (D-03)</source>
        <translation>列入决定书（D-03）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="171" />
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="175" />
        <source>Published on</source>
        <translation>公示渠道</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="180" />
        <source>No letter issued yet</source>
        <translation>尚未出具文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="182" />
        <source>Notice, objections and decision</source>
        <translation>告知、异议与决定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_details.py" line="193" />
        <source>Warnings confirmed with reasons</source>
        <translation>已书面说明理由的提示</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="147" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="160" />
        <source>Edit case…</source>
        <translation>编辑案件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="162" />
        <source>Export case file…</source>
        <translation>导出案件文件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="173" />
        <source>Findings</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="207" />
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="208" />
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="209" />
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="213" />
        <location filename="../../credit_desk/ui/case_page.py" line="272" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="213" />
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="213" />
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="219" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="272" />
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="272" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="272" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="272" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="273" />
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="306" />
        <source>Cannot read the case</source>
        <translation>无法读取案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="342" />
        <source>Findings: %1 blocking, %2 warnings</source>
        <translation>审查意见：阻止 %1 项，提示 %2 项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="353" />
        <source>Sanctions suspended while the objection is verified (R-07, %1)</source>
        <translation>核实期间失信惩戒措施暂停执行（R-07，%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="373" />
        <source>No deadline runs now. The statement period starts when the notice (D-01) is delivered, the remedy and publication periods when the decision (D-03) is; a closed case keeps only the party's remedy periods that have not ended.</source>
        <translation>当前没有进行中的期限。陈述申辩期自告知书（D-01）送达后起算，救济期限和公示期自决定书（D-03）送达后起算；已办结的案件只保留当事人尚未届满的救济期限。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="376" />
        <source>Deadlines (%1)</source>
        <translation>期限（%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="394" />
        <source>Letters (%1)</source>
        <translation>文书（%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="395" />
        <source>History (%1)</source>
        <translation>办理记录（%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="401" />
        <source>How is this computed?</source>
        <translation>如何计算？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="424" />
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
</context>
<context>
    <name>CaseRegisterModel</name>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="103" />
        <source>Case no.</source>
        <extracomment>fetch(offset, limit) -&gt; lines; may block on the database, so the widget runs it in a worker. run(job, on_done): run ``job()`` somewhere and hand its result to ``on_done`` on the GUI thread. States that need the officer's attention, and closed ones, get a colour in the state column.</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="104" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="105" />
        <source>Credit code / ID number</source>
        <translation>统一社会信用代码/身份证号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="106" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="107" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="108" />
        <source>Decision no.</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="109" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_model.py" line="223" />
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
    <name>ChannelsField</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="66" />
        <source>Other channels, separated by 、</source>
        <translation>其他渠道，以“、”分隔</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/fields.py" line="243" />
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
    <name>ClosingDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="249" />
        <source>Close without listing</source>
        <translation>不予列入</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="249" />
        <source>Issue D-07</source>
        <translation>出具不予列入决定书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="250" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="251" />
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="251" />
        <source>One reason per line</source>
        <translation>每行一条理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="252" />
        <source>Findings</source>
        <translation>认定情况</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="253" />
        <source>What was found, one per line</source>
        <translation>查明的情况，每行一条</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="258" />
        <source>Write the reasons for not listing.</source>
        <translation>请写明不予列入的理由。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="75" />
        <source>Issue a corrected letter</source>
        <extracomment>Letters that a correction cannot replace: the proof of delivery is no numbered letter.</extracomment>
        <translation>出具更正文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="76" />
        <source>Issue corrected letter</source>
        <translation>出具更正文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="78" />
        <source>A new letter with a new number replaces %1 (%2). It is issued from the case data as stored now: if the data was wrong, close this dialog and correct the case first with “Edit case…”. The old letter stays unchanged and can still be printed (R-16).</source>
        <translation>将出具一份新文号的文书替代%1（%2）。更正文书按案件当前保存的数据生成：如数据有误，请先关闭本窗口，通过“编辑案件…”修改案件后再出具。原文书保持不变，仍可打印（R-16）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="83" />
        <source>Issue date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="84" />
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="85" />
        <source>e.g. the address of the party was misspelt</source>
        <translation>例如：当事人住所地址有误</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="90" />
        <source>Write why the letter is corrected; it is kept in the case history.</source>
        <translation>请填写更正理由，该理由将记入案件办理记录。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/correction_dialog.py" line="94" />
        <source>The correction cannot be dated before the letter it replaces (%1).</source>
        <translation>更正文书的成文日期不能早于被替代文书的成文日期（%1）。</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="85" />
        <source>Refresh</source>
        <extracomment>Item data: the case id (-1 on a section row; never None, see ui.qt_compat) and the line's index. a case changed state here (an end-of-period removal was confirmed) where "today" comes from (tests and screenshots fix it)</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="93" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="93" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="93" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="93" />
        <source>Case state</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="93" />
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="108" />
        <source>How is this computed?</source>
        <translation>如何计算？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="113" />
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="117" />
        <source>Confirm removal at end of period…</source>
        <translation>确认期满移出…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="120" />
        <source>Period over: remove from the list and withdraw the publication.</source>
        <translation>公示期已届满：移出名单并撤下公示。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="124" />
        <source>Double-click a line to open its case.</source>
        <extracomment>who confirms removals; the main window sets it</extracomment>
        <translation>双击一行可打开该案件。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="153" />
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="157" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="158" />
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="159" />
        <source>Due within 7 days</source>
        <translation>7日内到期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="160" />
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="162" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="177" />
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="194" />
        <source>The due dates could not be computed.</source>
        <translation>无法计算到期事项。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="227" />
        <source>%1 open cases · %2 items · %3 overdue that must be dealt with</source>
        <translation>未办结案件 %1 件 · 到期事项 %2 项 · 其中逾期须办 %3 项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="302" />
        <source>The publication period of %1 ended on %2. Remove it from the list today (%3)?</source>
        <translation>%1的公示期已于%2届满。是否于今日（%3）将其移出名单并撤下公示？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="304" />
        <source>End-of-period removal</source>
        <translation>期满移出</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="316" />
        <source>Removal refused</source>
        <translation>不能移出</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/dashboard_view.py" line="322" />
        <source>Removed from the list at the end of its period.</source>
        <translation>已期满移出名单。</translation>
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
        <location filename="../../credit_desk/ui/case_page.py" line="77" />
        <source>%1 (ended)</source>
        <translation>%1（已届满）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/case_page.py" line="82" />
        <source>How is this computed?</source>
        <translation>如何计算？</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="227" />
        <source>Decide to list</source>
        <translation>作出列入决定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="227" />
        <source>Issue decision</source>
        <translation>出具决定书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="228" />
        <source>The decision (D-03) and the credit-repair notice (D-08) are issued together.</source>
        <translation>列入决定书（D-03）与信用修复告知书（D-08）同时出具（两书同达）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="229" />
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="232" />
        <source>Leave empty: the decision takes effect when it is delivered.</source>
        <translation>不填：决定自送达之日起生效。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="233" />
        <source>Effective on (optional)</source>
        <translation>生效日期（可不填）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="237" />
        <source>Publication channels</source>
        <translation>公示渠道</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="101" />
        <source>Record delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="110" />
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="114" />
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="115" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="117" />
        <source>Recipient</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="118" />
        <source>Place</source>
        <translation>送达地点</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="119" />
        <source>Served by</source>
        <translation>送达人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="119" />
        <source>Names, separated by 、</source>
        <translation>姓名，以“、”分隔</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="120" />
        <source>Proof</source>
        <translation>送达凭证</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="121" />
        <source>Signed receipt, postal tracking number, e-delivery record…</source>
        <translation>签收回执、邮件跟踪号、电子送达记录等</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="126" />
        <source>Every issued letter has its delivery recorded already.</source>
        <translation>已出具的文书均已登记送达。</translation>
    </message>
</context>
<context>
    <name>DraftingWindow</name>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="47" />
        <source>Unfinished draft</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="48" />
        <source>An unfinished draft was found. Continue editing it?</source>
        <translation>发现未完成的草稿，是否继续编辑？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="49" />
        <location filename="../../credit_desk/ui/wizard/window.py" line="168" />
        <source>new case</source>
        <translation>新案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="51" />
        <source>%1, saved %2</source>
        <translation>%1，保存于 %2</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="55" />
        <source>Continue</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="56" />
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/__init__.py" line="57" />
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
    <name>ExpireDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="481" />
        <source>Remove at the end of the period</source>
        <translation>公示期满移出</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="481" />
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="482" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="137" />
        <source>Export publications</source>
        <translation>导出公示名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="140" />
        <source>CSV text file (.csv)</source>
        <translation>CSV 文本文件（.csv）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="141" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="144" />
        <source>UTF-8 with BOM (for the website)</source>
        <translation>UTF-8（带 BOM，网站用）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="145" />
        <source>GB18030 (for platforms that require it)</source>
        <translation>GB18030（平台要求时使用）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="146" />
        <source>Only masked data is exported: a row that would show a natural person's full data without a recorded legal basis or consent stops the export (R-14).</source>
        <translation>只导出脱敏后的数据：如有记录会在未登记法律依据或本人同意的情况下显示自然人的完整信息，将拒绝导出（R-14）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="156" />
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="157" />
        <source>Encoding</source>
        <translation>文字编码</translation>
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
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="94" />
        <source>Written reason for listing despite this (required)</source>
        <translation>请填写仍予列入的书面理由（必填）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="95" />
        <source>Written reason for going on despite this (required)</source>
        <translation>请写明仍然办理的书面理由（必填）</translation>
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
        <location filename="../../credit_desk/ui/wizard/findings_panel.py" line="117" />
        <source>✓ The rules find nothing to fix on this page.</source>
        <translation>✓ 本页未发现需要处理的问题。</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="143" />
        <source>Holiday calendar</source>
        <extracomment>what a schedule file looks like (data in the notice's own words, so not translated) the 休息/上班 choice is kept as a bool under this role; the cell shows its label</extracomment>
        <translation>节假日安排</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="164" />
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="176" />
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="222" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="176" />
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="188" />
        <source>Day off / working day</source>
        <translation>休息/上班</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="176" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="193" />
        <source>&amp;Add row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="194" />
        <source>&amp;Remove row</source>
        <translation>删除所选行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="195" />
        <source>&amp;Import from file…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="152" />
        <source>Enter the schedule of the State Council notice on public holidays: the days off as “Day off”, the Saturdays and Sundays worked in exchange as “Working day”. Deadlines of open cases are recomputed when you save.</source>
        <translation>请按国务院办公厅关于部分节假日安排的通知录入：放假的日期选“休息”，调休上班的周六、周日选“上班”。保存后，所有未结案件的期限将重新计算。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="196" />
        <source>A file has one entry a line, for example:</source>
        <translation>导入的文件每行一项，例如：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="214" />
        <source>Dates of open cases recomputed</source>
        <translation>未结案件期限重新计算结果</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="222" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="222" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="222" />
        <source>Before</source>
        <translation>原日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="222" />
        <source>After</source>
        <translation>新日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="232" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="234" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="262" />
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="262" />
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="353" />
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="470" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="354" />
        <source>The rows of %1 are not saved. Show %2 and discard them?</source>
        <translation>%1年的录入内容尚未保存。要改看%2年并放弃这些内容吗？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="373" />
        <source>Import holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="373" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="383" />
        <source>The file %1 was not read:</source>
        <translation>文件 %1 未导入：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="388" />
        <source>%1 dates read from %2; check them and save.</source>
        <translation>已从 %2 读入 %1 个日期，请核对后保存。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="405" />
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="437" />
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="410" />
        <source>Recomputing deadlines: %1/%2</source>
        <translation>正在重新计算期限：%1/%2</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="422" />
        <source>Saving the holiday calendar</source>
        <translation>正在保存节假日安排</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="439" />
        <source>Cannot save the holiday calendar</source>
        <translation>无法保存节假日安排</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="446" />
        <source>Saved the holidays of %1 (%2 dates).</source>
        <translation>已保存%1年的节假日安排（%2个日期）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="449" />
        <source> No case's dates changed (%1 open cases checked).</source>
        <translation>没有案件的日期发生变化（已检查%1件未结案件）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="453" />
        <source> %1 dates of %2 cases changed; each case's history records the change:</source>
        <translation>%2件案件的%1个日期发生变化，已记入各案件的办理记录：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="460" />
        <source> (holidays entered, no longer provisional)</source>
        <translation>（已按录入的节假日计算）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/holiday_dialog.py" line="470" />
        <source>The holiday table is not saved. Close and discard it?</source>
        <translation>节假日安排尚未保存。要关闭并放弃录入的内容吗？</translation>
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
    <name>IssuedLettersDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="85" />
        <source>Letters issued</source>
        <translation>已出具的文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="100" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="102" />
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="104" />
        <source>Save as Word…</source>
        <translation>另存为 Word…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="106" />
        <source>DOCX for Word or WPS, typeset from the letter as issued</source>
        <translation>供 Word 或 WPS 使用的 DOCX，按已出具文书的存档内容排版</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="107" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="109" />
        <source>These are the letters as issued and frozen; print them for delivery.</source>
        <translation>以下为已编号并固化的文书原件，可打印后送达。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="161" />
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="169" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="183" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="192" />
        <source>Save letter as PDF</source>
        <translation>将文书另存为PDF</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="193" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="201" />
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="224" />
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="206" />
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="235" />
        <source>Saved to %1</source>
        <translation>已保存到%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="214" />
        <source>Save letter as Word</source>
        <translation>将文书另存为 Word 文档</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="215" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/issued_letters.py" line="245" />
        <source>Saving as Word…</source>
        <translation>正在另存为 Word…</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="74" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="76" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="77" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="94" />
        <source>Preparing the letter…</source>
        <translation>正在生成正式文书…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="121" />
        <source>Sent %1 page(s) to the printer.</source>
        <translation>已向打印机发送 %1 页。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="126" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="127" />
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="140" />
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="148" />
        <location filename="../../credit_desk/ui/letter_output.py" line="169" />
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letter_output.py" line="160" />
        <source>The letter cannot be issued yet. Resolve these first:</source>
        <translation>文书尚不能正式出具，请先解决以下问题：</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="77" />
        <source>View / print…</source>
        <translation>查看/打印…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="79" />
        <source>The letter exactly as issued (the frozen PDF), to read, print or save</source>
        <translation>按出具时的原样（固化的PDF）查看、打印或另存</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="80" />
        <source>Issue corrected letter…</source>
        <translation>出具更正文书…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="82" />
        <source>Print proof of delivery…</source>
        <translation>打印送达回证…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="85" />
        <source>The 送达回证 for this letter: before delivery the method, date and signatures are left blank to fill in by hand; after a recorded delivery it is filled from the record</source>
        <translation>本文书的送达回证：送达前打印的，送达方式、日期和签名留空，送达时手工填写；已登记送达的，按送达记录填写</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="111" />
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="111" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="111" />
        <source>Date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="111" />
        <source>Delivery</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="111" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="112" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="134" />
        <source>not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="157" />
        <source>Superseded by %1</source>
        <translation>已被%1替代</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="159" />
        <source>Replaces %1</source>
        <translation>替代%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="167" />
        <source>Superseded by %1; kept unchanged and still printable (R-16)</source>
        <translation>已被%1替代；原文书保持不变，仍可打印（R-16）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="205" />
        <source>This letter was superseded; correct the letter that replaced it</source>
        <translation>此文书已被替代；如需更正，请更正替代它的文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="208" />
        <source>Issue a new letter with a new number that replaces this one; the old one stays printable (R-16)</source>
        <translation>出具新文号的更正文书替代此文书；原文书仍可打印（R-16）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="236" />
        <source>Superseded by %1. This letter stays as it was issued and can still be printed (R-16).</source>
        <translation>此文书已被%1替代，保持出具时原样，仍可打印（R-16）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="239" />
        <source>The letter exactly as issued (the frozen copy, R-16).</source>
        <translation>此为出具时的原样文书（固化件，R-16）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="251" />
        <source>The letter cannot be shown:</source>
        <translation>文书不能显示：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="256" />
        <source>The corrected letter replaces %1; deliver it to the party.</source>
        <translation>更正文书替代%1，请送达当事人。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="259" />
        <source> %1 cites its number and was corrected with it as %2; deliver both.</source>
        <translation>%1载有该文书的文号，已一并更正为 %2，请一并送达。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="263" />
        <source>Corrected letter %1</source>
        <translation>更正文书 %1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="292" />
        <source>Preparing the proof of delivery…</source>
        <translation>正在生成送达回证…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="306" />
        <source>Proof of delivery</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="310" />
        <source>Filled in from the recorded delivery of %1.</source>
        <translation>按%1的送达记录填写。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="312" />
        <source>For %1: tick the method, write the date and have it signed on delivery.</source>
        <translation>用于送达%1：送达时勾选送达方式、填写送达日期，并由受送达人签名。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="314" />
        <source>Proof of delivery for %1</source>
        <translation>送达回证（%1）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="322" />
        <source>Cannot read the letter</source>
        <translation>无法读取文书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/letters_tab.py" line="298" />
        <source>The proof of delivery cannot be printed:</source>
        <translation>送达回证不能打印：</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../credit_desk/ui/idle_lock.py" line="40" />
        <source>Credit Desk is locked.</source>
        <translation>信用认定工作台已锁定。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="31" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="31" />
        <location filename="../../credit_desk/ui/login_dialog.py" line="54" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="35" />
        <source>Credit Desk was locked after a time without use. Log in to continue.</source>
        <translation>长时间未操作，信用认定工作台已锁定。请登录后继续。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="36" />
        <source>Log in to Credit Desk.</source>
        <translation>请登录信用认定工作台。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="50" />
        <source>Officer:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="51" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="57" />
        <source>Quit Credit Desk</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="57" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="70" />
        <source>No officer is set up.</source>
        <translation>尚未设置经办人。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/login_dialog.py" line="73" />
        <source>Wrong password. Please try again.</source>
        <translation>密码不正确，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="76" />
        <source>Credit Desk — serious dishonesty listing</source>
        <extracomment>the workspace is attached: every menu works, every tab is there recorded with every written reason until officer log-in lands (issue 5)</extracomment>
        <translation>信用认定工作台 — 严重失信主体名单认定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="97" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="106" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="128" />
        <source>Officer: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="207" />
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="209" />
        <source>&amp;Edit selected case…</source>
        <translation>编辑所选案件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="211" />
        <source>&amp;Import case file…</source>
        <translation>导入案件文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="212" />
        <source>E&amp;xport case file…</source>
        <translation>导出案件文件(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="214" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="215" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="222" />
        <source>&amp;Catalogs…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="223" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="226" />
        <source>&amp;Holiday calendar…</source>
        <translation>节假日安排(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="229" />
        <source>&amp;Backups and security…</source>
        <translation>备份与安全(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="239" />
        <source>Due dates</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="249" />
        <source>Publication</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="264" />
        <source>No office profile yet: view only. Fill it in under Settings › Office profile…</source>
        <translation>尚未填写本单位信息，只能查看。请在“设置 › 本单位信息…”中填写。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="289" />
        <source>Fill in the office profile first (Settings › Office profile…).</source>
        <translation>请先填写本单位信息（设置 › 本单位信息…）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="307" />
        <source>Select a case in the register first.</source>
        <translation>请先在案件登记簿中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="321" />
        <source>(no party yet)</source>
        <translation>（尚未填写当事人）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="323" />
        <source>An unfinished draft was found (party: %1, saved %2). Continue editing it?</source>
        <translation>发现未完成的草稿（当事人：%1，保存于 %2），是否继续编辑？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="324" />
        <source>Unfinished draft</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="333" />
        <source>Import case file</source>
        <translation>导入案件文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="334" />
        <location filename="../../credit_desk/ui/main_window.py" line="367" />
        <source>Case files (*.json)</source>
        <translation>案件文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="350" />
        <source>Imported as case %1 (draft).</source>
        <translation>已导入为案件 %1（草稿）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="355" />
        <source>The case file was not imported</source>
        <translation>案件文件未导入</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="366" />
        <source>Export case file</source>
        <translation>导出案件文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="373" />
        <source>The case file</source>
        <translation>案件文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="382" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="385" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="397" />
        <source>&amp;Usage log…</source>
        <translation>使用记录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="398" />
        <source>&amp;Verify integrity…</source>
        <translation>完整性校验(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/main_window.py" line="399" />
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
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
    <name>NoticeDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="86" />
        <source>Issue the pre-decision notice</source>
        <translation>发出列入告知书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="86" />
        <source>Issue notice</source>
        <translation>出具告知书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="87" />
        <source>The notice D-01 is numbered and frozen when issued; the case becomes “notified”.</source>
        <translation>告知书（D-01）出具时编号并固化，案件进入“已告知”状态。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="88" />
        <source>Date of issue</source>
        <translation>成文日期</translation>
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
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="144" />
        <source>An objection to listed information suspends the sanctions until it is answered (R-07).</source>
        <translation>对已列入信息提出的异议，核实答复前失信惩戒措施暂停执行（R-07）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="145" />
        <source>Record an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="145" />
        <source>Record objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="146" />
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="147" />
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="148" />
        <source>What the party objects to</source>
        <translation>当事人提出异议的内容和理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="153" />
        <source>Write what the party objects to.</source>
        <translation>请写明异议内容。</translation>
    </message>
</context>
<context>
    <name>ObjectionReplyDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="163" />
        <source>Answer an objection</source>
        <translation>答复异议</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="163" />
        <source>Issue reply</source>
        <translation>出具答复书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="169" />
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="170" />
        <source>Verified</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="171" />
        <source>What was checked, with whom, and what was found</source>
        <translation>核实了哪些材料、向谁核实、查明了什么</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="175" />
        <source>Result</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="176" />
        <source>Reply date</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="181" />
        <source>No objection is waiting for an answer.</source>
        <translation>没有待答复的异议。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="185" />
        <source>Write what was verified (R-06).</source>
        <translation>请写明核实情况（R-06）。</translation>
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
    <name>PeriodEndedDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="197" />
        <source>Statement period ended or waived</source>
        <translation>陈述申辩期届满或书面放弃</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="197" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="201" />
        <source>The period has run out</source>
        <translation>陈述申辩期已届满</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="203" />
        <source>The party waived it in writing</source>
        <translation>当事人书面放弃</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="212" />
        <source>What happened</source>
        <translation>情形</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="213" />
        <source>Date</source>
        <translation>日期</translation>
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
        <location filename="../../credit_desk/ui/preview.py" line="363" />
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="365" />
        <source>Field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/preview.py" line="376" />
        <location filename="../../credit_desk/ui/preview.py" line="384" />
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
    <name>ProcessBar</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="30" />
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="71" />
        <source>Process:</source>
        <translation>办理：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="41" />
        <source>Issue notice…</source>
        <translation>发出告知书…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="42" />
        <source>Record delivery…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="43" />
        <source>Statement period ended / waived…</source>
        <translation>申辩期届满/放弃…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="44" />
        <source>Record objection…</source>
        <translation>登记异议…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="45" />
        <source>Answer objection…</source>
        <translation>答复异议…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="46" />
        <source>Decide to list…</source>
        <translation>作出列入决定…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="47" />
        <source>Publish…</source>
        <translation>公示…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="48" />
        <source>Repair application…</source>
        <translation>登记修复申请…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="49" />
        <source>Accept repair application…</source>
        <translation>受理修复申请…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="50" />
        <source>Materials brought later…</source>
        <translation>补正材料…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="51" />
        <source>Grant repair…</source>
        <translation>准予修复…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="52" />
        <source>Refuse repair…</source>
        <translation>不予修复…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="53" />
        <source>Remove at period end…</source>
        <translation>期满移出…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="54" />
        <source>Revoke listing…</source>
        <translation>撤销列入…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="55" />
        <source>Close without listing…</source>
        <translation>不予列入…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/process_bar.py" line="71" />
        <source>Process: nothing left to do in this case.</source>
        <translation>办理：本案已办结，没有待办事项。</translation>
    </message>
</context>
<context>
    <name>PublicationRegisterWidget</name>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="208" />
        <source>Search by name, credit code, ID number or decision number</source>
        <translation>按名称、统一社会信用代码、身份证号码或决定书文号查找</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="212" />
        <source>Currently published</source>
        <translation>公示中</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="213" />
        <source>Withdrawn</source>
        <translation>已撤下</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="214" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="217" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="236" />
        <source>Select a row to see its public text as published.</source>
        <translation>选中一行，查看其公示内容（与公开发布的一致）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="239" />
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="241" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="252" />
        <source>Public text (masked as published)</source>
        <translation>公示内容（已按公开要求脱敏）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="305" />
        <source>%1 shown</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="307" />
        <source> · %1 past the end date, still published</source>
        <translation>，其中 %1 条已期满未撤下</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="314" />
        <source>Publication register</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="331" />
        <source>Nothing to export: no publication is shown.</source>
        <translation>没有可导出的记录：当前未显示任何公示。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="342" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="342" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="343" />
        <location filename="../../credit_desk/ui/publication_view.py" line="381" />
        <source>Export publications</source>
        <translation>导出公示名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="364" />
        <source>Exporting publications…</source>
        <translation>正在导出公示名单…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="374" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="383" />
        <source>Export refused (R-14): see the message.</source>
        <translation>已拒绝导出（R-14），详见提示信息。</translation>
    </message>
</context>
<context>
    <name>PublicationTableModel</name>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="71" />
        <source>Party</source>
        <extracomment>Milliseconds of quiet after the last keystroke before the search runs. Statuses that need a look: a period that ended with the listing still up is the officer's to fix.</extracomment>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="72" />
        <source>Credit code / ID number</source>
        <translation>统一社会信用代码/身份证号码</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="73" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="74" />
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="75" />
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="76" />
        <source>Publication period</source>
        <translation>公示期限</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="77" />
        <source>Channels</source>
        <translation>公示渠道</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="78" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/publication_view.py" line="79" />
        <source>Withdrawn on</source>
        <translation>撤下日期</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="280" />
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="281" />
        <source>Publication starts</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="286" />
        <source>Channels</source>
        <translation>公示渠道</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="288" />
        <source>Public text</source>
        <translation>公示内容</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="291" />
        <source>Masked as R-14 requires; editable only when the case records the party's consent or a legal basis.</source>
        <translation>已按R-14脱敏；仅当案件记录了当事人同意或法定依据时方可修改。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="294" />
        <source>Consent or legal basis</source>
        <translation>同意公开或法定依据</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="300" />
        <source>Choose at least one channel.</source>
        <translation>请至少选择一个公示渠道。</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../credit_desk/ui/usage_record.py" line="75" />
        <source>Purpose of the export</source>
        <translation>导出用途</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_record.py" line="77" />
        <source>%1 contains personal data. State the purpose of this export; it is recorded in the usage log (R-17).</source>
        <translation>%1含有个人信息。请填写本次导出的用途，用途将记入使用记录（R-17）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_record.py" line="84" />
        <source>e.g. transfer to the court, annual inspection</source>
        <translation>例如：移送法院、年度检查</translation>
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
        <location filename="../../credit_desk/ui/register_view.py" line="151" />
        <source>Search by name, credit code, ID number or letter number</source>
        <translation>按名称、统一社会信用代码、身份证号码或文书文号查找</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="153" />
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="160" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="161" />
        <source>Open cases</source>
        <translation>未办结案件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="167" />
        <source>All lists</source>
        <translation>全部名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="173" />
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="199" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="201" />
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="203" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="210" />
        <source>No cases yet. Click “New case…” to start one, or import a case file from the Case menu.</source>
        <translation>尚无案件。点击“新建案件…”开始办理，或从“案件”菜单导入案件文件。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="306" />
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="110" />
        <location filename="../../credit_desk/ui/register_view.py" line="313" />
        <source>Cases: %1</source>
        <extracomment>Milliseconds of quiet after the last keystroke before the search runs.</extracomment>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/register_view.py" line="330" />
        <source>Cannot read the case register</source>
        <translation>无法读取案件登记簿</translation>
    </message>
</context>
<context>
    <name>RepairApplicationDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="329" />
        <source>Record a credit-repair application</source>
        <translation>登记信用修复申请</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="329" />
        <source>Record application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="330" />
        <source>Credit repair is free of charge (R-15).</source>
        <translation>信用修复不收取任何费用（R-15）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="331" />
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="333" />
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="333" />
        <source>Other materials</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="333" />
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
</context>
<context>
    <name>RepairDecisionDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="418" />
        <source>Decide on credit repair</source>
        <translation>信用修复决定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="418" />
        <source>Issue decision</source>
        <translation>出具决定书</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="421" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="425" />
        <source>Grant (D-04)</source>
        <translation>准予修复（D-04）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="427" />
        <source>Refuse (D-05)</source>
        <translation>不予修复（D-05）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="435" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="436" />
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="437" />
        <source>Findings</source>
        <translation>审查情况</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="438" />
        <source>Conditions checked, one per line</source>
        <translation>修复条件审查情况，每行一条</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="439" />
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="440" />
        <source>Required when refusing; one per line</source>
        <translation>不予修复时必填，每行一条</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="452" />
        <source>Effects</source>
        <translation>修复效果</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="460" />
        <source>No application is waiting for a decision.</source>
        <translation>没有待决定的信用修复申请。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="465" />
        <source>A refusal must state its reasons.</source>
        <translation>不予修复须写明理由。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="469" />
        <source>Choose at least one effect.</source>
        <translation>请至少选择一项修复效果。</translation>
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
    <name>RevokeDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="493" />
        <source>Revoke the listing</source>
        <translation>撤销列入</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="493" />
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="494" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="495" />
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="495" />
        <source>One reason per line</source>
        <translation>每行一条理由</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="500" />
        <source>Write the reasons for revoking.</source>
        <translation>请写明撤销列入的理由。</translation>
    </message>
</context>
<context>
    <name>SafeStart</name>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="64" />
        <source>Credit Desk is already running</source>
        <extracomment>``services.officers.OFFICERS_KEY``: where the workstation settings keep the officers (a test keeps them equal)</extracomment>
        <translation>信用认定工作台已在运行</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="108" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="121" />
        <source>Restore the latest good backup?</source>
        <translation>从最近的完好备份恢复？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="129" />
        <location filename="../../credit_desk/ui/safe_start.py" line="133" />
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="142" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="182" />
        <source>Daily backup written: %1</source>
        <translation>每日备份已写入：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/safe_start.py" line="190" />
        <source>Daily backup failed</source>
        <translation>每日备份未完成</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="65" />
        <source>Backups and security</source>
        <translation>备份与安全</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="80" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="87" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="91" />
        <source>Restore selected backup…</source>
        <translation>从所选备份恢复…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="99" />
        <source>Backups (daily, before every upgrade; 7 daily and 4 weekly kept)</source>
        <translation>备份（每天一次、每次升级前一次；保留最近 7 天和 4 周）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="101" />
        <source>Backup folder (e.g. a USB stick):</source>
        <translation>备份文件夹（可选 U 盘）：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="111" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="112" />
        <source>never</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="121" />
        <source>No password (only when I am the only officer on this computer)</source>
        <translation>不设密码（仅限本机只有我一名经办人时）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="125" />
        <source>Add as another officer (the current one stays as is)</source>
        <translation>添加为另一位经办人（不改变当前经办人）</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="131" />
        <source>Log-in and lock</source>
        <translation>登录与锁定</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="133" />
        <source>Lock after idle:</source>
        <translation>无操作自动锁定：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="135" />
        <source>Officers on this computer:</source>
        <translation>本机经办人：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="136" />
        <source>Officer:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="139" />
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="140" />
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="166" />
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="166" />
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="167" />
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="175" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="197" />
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="205" />
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="207" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="216" />
        <source>Replace the database by the backup %1?</source>
        <translation>用备份 %1 替换当前数据库吗？</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="217" />
        <source>The current database is kept aside, not deleted.</source>
        <translation>当前数据库会另存保留，不会删除。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="232" />
        <source>The database was restored from %1.</source>
        <translation>已从备份 %1 恢复数据库。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="233" />
        <source>The replaced database was kept in: %1</source>
        <translation>被替换的数据库另存在：%1</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="218" />
        <location filename="../../credit_desk/ui/security_dialog.py" line="234" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="224" />
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="244" />
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="269" />
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="286" />
        <source>There is already an officer of this name.</source>
        <translation>已经有同名的经办人。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="297" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/security_dialog.py" line="310" />
        <source>Type a password, or tick “No password”.</source>
        <translation>请输入密码，或勾选“不设密码”。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_dialog.py" line="128" />
        <source>Cancel</source>
        <extracomment>A call of one use case, given the confirmations (written reasons) gathered so far. Title and accept-button text; subclasses set them through ``self.tr`` in ``build``.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_dialog.py" line="225" />
        <source>Write a reason for every warning below, then try again.</source>
        <translation>请为下列每条提示填写书面理由后再试。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_dialog.py" line="246" />
        <source>Working…</source>
        <translation>正在办理…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_dialog.py" line="266" />
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>SupplementRepairDialog</name>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="348" />
        <source>Materials brought later</source>
        <translation>补正信用修复申请材料</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="348" />
        <source>Record materials</source>
        <translation>登记补正材料</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="349" />
        <source>Tick what the party has now handed in. Credit repair is free of charge (R-15).</source>
        <translation>勾选当事人现在补交的材料。信用修复不收取任何费用（R-15）。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="352" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="353" />
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="355" />
        <source>Materials received</source>
        <translation>收到的材料</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="355" />
        <source>Other materials</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="355" />
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="370" />
        <source>No application is waiting for a decision.</source>
        <translation>没有等待作出决定的申请。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/lifecycle/step_forms.py" line="375" />
        <source>Tick or write what was handed in.</source>
        <translation>请勾选或填写补交的材料。</translation>
    </message>
</context>
<context>
    <name>UsageLogWindow</name>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="75" />
        <source>Usage log</source>
        <translation>使用记录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="103" />
        <source>Search object, purpose, details</source>
        <translation>搜索对象、用途、说明</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="105" />
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="108" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="108" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="109" />
        <location filename="../../credit_desk/ui/usage_log_view.py" line="151" />
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="109" />
        <location filename="../../credit_desk/ui/usage_log_view.py" line="151" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="132" />
        <source>&amp;Export for inspector…</source>
        <translation>导出供检查(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="134" />
        <source>&amp;Verify integrity…</source>
        <translation>完整性校验(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="151" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="151" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="151" />
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="152" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="152" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="190" />
        <source>Showing the newest %1 of %2 matching entries.</source>
        <translation>符合条件的记录共 %2 条，显示最新的 %1 条。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="192" />
        <source>%1 matching entries.</source>
        <translation>符合条件的记录共 %1 条。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="197" />
        <source>All officers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="198" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="209" />
        <source>Cannot read the usage log</source>
        <translation>无法读取使用记录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="217" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="218" />
        <source>Export usage log</source>
        <translation>导出使用记录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="219" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="224" />
        <source>The usage log</source>
        <translation>使用记录</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="237" />
        <source>Exported %1 entries to %2</source>
        <translation>已导出 %1 条记录：%2</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="243" />
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="247" />
        <source>Exporting the usage log…</source>
        <translation>正在导出使用记录…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="294" />
        <source>Checking the database file…</source>
        <translation>正在检查数据库文件…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="295" />
        <source>Checking the usage log…</source>
        <translation>正在核对使用记录哈希链…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="296" />
        <source>Checking the issued letters…</source>
        <translation>正在核对已出具的文书…</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="313" />
        <source>Cannot check the database</source>
        <translation>无法校验数据库</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="318" />
        <source>Integrity check</source>
        <translation>完整性校验</translation>
    </message>
</context>
<context>
    <name>UsageRecord</name>
    <message>
        <location filename="../../credit_desk/ui/usage_record.py" line="37" />
        <source>Cannot write the usage log</source>
        <translation>无法写入使用记录</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="259" />
        <source>Integrity check</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="266" />
        <source>All checks passed: the database, the usage log and every issued letter are as they were recorded.</source>
        <translation>校验通过：数据库、使用记录和每一份已出具的文书均与记录时一致。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="270" />
        <source>%1 problem(s) found. Each line names the record concerned.</source>
        <translation>发现 %1 处问题，每行注明了出问题的记录。</translation>
    </message>
    <message>
        <location filename="../../credit_desk/ui/usage_log_view.py" line="282" />
        <source>Head of the usage log: entry %1, SHA-256 %2 (note it down to compare at the next check).</source>
        <translation>使用记录末条：第 %1 条，SHA-256 %2（请记下，以便下次校验时比对）。</translation>
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