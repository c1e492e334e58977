<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>homing::AccountChecker</name>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>未知的服务商“%1”</translation>
    </message>
    <message>
        <source>enter the record&apos;s name first: this service is tested with a real update of it</source>
        <translation>请先输入记录名称：此服务只能通过真实更新该记录来测试</translation>
    </message>
    <message>
        <source>Homing has not found this computer&apos;s public address yet, so there is nothing to send</source>
        <translation>Homing 尚未找到本机的公网地址，因此没有可发送的内容</translation>
    </message>
    <message>
        <source>this provider has no way to test an account</source>
        <translation>此服务商无法测试账户</translation>
    </message>
</context>
<context>
    <name>homing::AddressClassifier</name>
    <message>
        <source>public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>unspecified address</source>
        <translation>未指定地址</translation>
    </message>
    <message>
        <source>loopback address (this computer only)</source>
        <translation>环回地址（仅限本机）</translation>
    </message>
    <message>
        <source>private network address (RFC 1918)</source>
        <translation>内网私有地址（RFC 1918）</translation>
    </message>
    <message>
        <source>carrier-grade NAT address (100.64.0.0/10): the provider shares one public address among many customers</source>
        <translation>运营商级 NAT (CGNAT) 地址（100.64.0.0/10）：运营商让众多用户共用一个公网地址</translation>
    </message>
    <message>
        <source>link-local address (this network segment only)</source>
        <translation>链路本地地址（仅限本网段）</translation>
    </message>
    <message>
        <source>unique local IPv6 address (fc00::/7, private)</source>
        <translation>IPv6 唯一本地地址（fc00::/7，私有）</translation>
    </message>
    <message>
        <source>documentation address (reserved for examples)</source>
        <translation>文档地址（保留用于示例）</translation>
    </message>
    <message>
        <source>benchmarking address (reserved)</source>
        <translation>基准测试地址（保留）</translation>
    </message>
    <message>
        <source>multicast address</source>
        <translation>组播地址</translation>
    </message>
    <message>
        <source>reserved or special-purpose address</source>
        <translation>保留或特殊用途地址</translation>
    </message>
</context>
<context>
    <name>homing::AddressDetector</name>
    <message>
        <source>no source gave an address</source>
        <translation>没有任何来源返回地址</translation>
    </message>
    <message>
        <source>the sources disagree: %1</source>
        <translation>各来源结果不一致：%1</translation>
    </message>
    <message>
        <source>only %1 source(s) gave %2, but %3 must agree (min_agree)</source>
        <translation>只有 %1 个来源返回 %2，但要求至少 %3 个来源一致（min_agree）</translation>
    </message>
</context>
<context>
    <name>homing::AddressSelection</name>
    <message>
        <source>chosen: the only usable address</source>
        <translation>已选用：唯一可用的地址</translation>
    </message>
    <message>
        <source>chosen: the interface&apos;s primary address</source>
        <translation>已选用：该网络接口的主地址</translation>
    </message>
    <message>
        <source>chosen: a static (permanent) address, which comes before addresses that come and go</source>
        <translation>已选用：静态（永久）地址，优先于会变动的地址</translation>
    </message>
    <message>
        <source>chosen: a stable address (%1), which comes before other automatic addresses</source>
        <translation>已选用：稳定地址（%1），优先于其他自动配置的地址</translation>
    </message>
    <message>
        <source>chosen: the usable address with the longest preferred lifetime</source>
        <translation>已选用：可用地址中首选生存期最长的一个</translation>
    </message>
    <message>
        <source>it is a unique local address (ULA), taken because no global address is usable: it is published only for records that allow private addresses</source>
        <translation>这是唯一本地地址（ULA），因没有可用的全局地址而选用：只会发布到允许私有地址的记录</translation>
    </message>
    <message>
        <source>skipped: %1 is preferred: the interface&apos;s primary address comes before a secondary one</source>
        <translation>已跳过：优先选用 %1：接口的主地址优先于辅助地址</translation>
    </message>
    <message>
        <source>skipped: %1 is preferred: a static (permanent) address comes first</source>
        <translation>已跳过：优先选用 %1：静态（永久）地址优先</translation>
    </message>
    <message>
        <source>skipped: %1 is preferred: a stable address (EUI-64 or stable-privacy) comes before this one</source>
        <translation>已跳过：优先选用 %1：稳定地址（EUI-64 或 stable-privacy）优先于此地址</translation>
    </message>
    <message>
        <source>skipped: %1 is preferred: its preferred lifetime is longer</source>
        <translation>已跳过：优先选用 %1：它的首选生存期更长</translation>
    </message>
    <message>
        <source>skipped: %1 is preferred: the two rank the same, and the lower address is taken so that the choice does not change between checks</source>
        <translation>已跳过：优先选用 %1：两者排序相同，取较小的地址，使每次检查的选择保持不变</translation>
    </message>
    <message>
        <source>skipped: not a public IPv4 address (%1); behind a router, an echo service or the router source gives the public one</source>
        <translation>已跳过：不是公网 IPv4 地址（%1）；在路由器后面时，公网地址由回显服务或路由器来源提供</translation>
    </message>
    <message>
        <source>skipped: not a global address (%1)</source>
        <translation>已跳过：不是全局地址（%1）</translation>
    </message>
    <message>
        <source>skipped: duplicate address detection failed: another host on the link uses this address</source>
        <translation>已跳过：重复地址检测失败：链路上另一台主机在使用此地址</translation>
    </message>
    <message>
        <source>skipped: tentative: duplicate address detection is still running, so it cannot be used yet</source>
        <translation>已跳过：暂定地址：重复地址检测仍在进行，暂不可用</translation>
    </message>
    <message>
        <source>skipped: optimistic: duplicate address detection has not confirmed it yet</source>
        <translation>已跳过：乐观地址：重复地址检测尚未确认</translation>
    </message>
    <message>
        <source>skipped: detached: the system no longer sees a router for its prefix</source>
        <translation>已跳过：已分离：系统不再看到通告其前缀的路由器</translation>
    </message>
    <message>
        <source>skipped: a temporary privacy address, which the system replaces every day or so (add temporary=allow to the source to take it anyway)</source>
        <translation>已跳过：临时隐私地址，系统大约每天更换一次（如仍要使用，请在来源中加上 temporary=allow）</translation>
    </message>
    <message>
        <source>skipped: deprecated: its preferred lifetime is over, so its prefix is being withdrawn (add deprecated=allow to the source to take it anyway)</source>
        <translation>已跳过：已弃用：首选生存期已结束，其前缀正在被撤回（如仍要使用，请在来源中加上 deprecated=allow）</translation>
    </message>
    <message>
        <source>skipped: the system does not use it as a source address (SkipAsSource)</source>
        <translation>已跳过：系统不把它用作源地址（SkipAsSource）</translation>
    </message>
    <message>
        <source>skipped: not in the prefix this source asks for (%1)</source>
        <translation>已跳过：不在此来源要求的前缀内（%1）</translation>
    </message>
    <message>
        <source>skipped: its suffix is %1, and this source takes only %2</source>
        <translation>已跳过：它的后缀类型是 %1，而此来源只接受 %2</translation>
    </message>
    <message>
        <source>skipped: a unique local address (ULA), and this source is set to ula=never</source>
        <translation>已跳过：唯一本地地址（ULA），而此来源设置了 ula=never</translation>
    </message>
    <message>
        <source>skipped: a unique local address (ULA), used only when no global address is usable</source>
        <translation>已跳过：唯一本地地址（ULA），仅在没有可用全局地址时使用</translation>
    </message>
    <message>
        <source>skipped: %1 is preferred: it is on %2, the interface this host&apos;s default route leaves by, and this one is on %3</source>
        <translation>已跳过：优先选用 %1：它在 %2 上，即本机默认路由出口所在的接口，而这个地址在 %3 上</translation>
    </message>
</context>
<context>
    <name>homing::AddressWatcher</name>
    <message>
        <source>cannot watch for address changes (netlink socket: %1); Homing checks at the check interval instead</source>
        <translation>无法监视地址变化（netlink 套接字：%1）；Homing 改为按检查间隔检查</translation>
    </message>
    <message>
        <source>cannot watch for address changes (netlink bind: %1); Homing checks at the check interval instead</source>
        <translation>无法监视地址变化（netlink 绑定：%1）；Homing 改为按检查间隔检查</translation>
    </message>
    <message>
        <source>cannot watch for address changes (SCDynamicStoreCreate: %1); Homing checks at the check interval instead</source>
        <translation>无法监视地址变化（SCDynamicStoreCreate：%1）；Homing 改为按检查间隔检查</translation>
    </message>
    <message>
        <source>cannot watch for address changes (SCDynamicStoreSetNotificationKeys: %1); Homing checks at the check interval instead</source>
        <translation>无法监视地址变化（SCDynamicStoreSetNotificationKeys：%1）；Homing 改为按检查间隔检查</translation>
    </message>
    <message>
        <source>cannot watch for address changes (SCDynamicStoreSetDispatchQueue: %1); Homing checks at the check interval instead</source>
        <translation>无法监视地址变化（SCDynamicStoreSetDispatchQueue：%1）；Homing 改为按检查间隔检查</translation>
    </message>
    <message>
        <source>cannot watch for address changes (NotifyUnicastIpAddressChange error %1); Homing checks at the check interval instead</source>
        <translation>无法监视地址变化（NotifyUnicastIpAddressChange 错误 %1）；Homing 改为按检查间隔检查</translation>
    </message>
    <message>
        <source>cannot watch interfaces for changes (NotifyIpInterfaceChange error %1); address changes are still watched</source>
        <translation>无法监视网络接口变化（NotifyIpInterfaceChange 错误 %1）；仍在监视地址变化</translation>
    </message>
</context>
<context>
    <name>homing::ConfigDocument</name>
    <message>
        <source>%1 is not a JSON object (%2); fix it by hand first</source>
        <translation>%1 不是 JSON 对象（%2）；请先手动修正</translation>
    </message>
</context>
<context>
    <name>homing::ConfigLoader</name>
    <message>
        <source>unknown key, ignored (known keys: %1)</source>
        <translation>未知的键，已忽略（可用的键：%1）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是 %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>必须是整数，而不是 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL with a host</source>
        <translation>必须是包含主机名的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>the file %1 does not exist or cannot be read</source>
        <translation>文件 %1 不存在或无法读取</translation>
    </message>
    <message>
        <source>the file %1 holds no PEM certificate</source>
        <translation>文件 %1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>is a secret and must not be written in config.json: put &quot;%1&quot;: &quot;keychain&quot; (or &quot;env:NAME&quot;, &quot;file:PATH&quot;) under &quot;secrets&quot; and store the value with homing-cli secret set</source>
        <translation>是凭据，不得写入 config.json：请在 &quot;secrets&quot; 下写入 &quot;%1&quot;: &quot;keychain&quot;（或 &quot;env:NAME&quot;、&quot;file:PATH&quot;），并用 homing-cli secret set 保存其值</translation>
    </message>
    <message>
        <source>unknown setting, ignored (provider %1 has no settings here)</source>
        <translation>未知的设置项，已忽略（服务商 %1 在此处没有任何设置项）</translation>
    </message>
    <message>
        <source>unknown setting, ignored (provider %1 knows: %2)</source>
        <translation>未知的设置项，已忽略（服务商 %1 支持：%2）</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>is required by provider %1 (%2)</source>
        <translation>服务商 %1 要求填写此项（%2）</translation>
    </message>
    <message>
        <source>provider %1 has no secret called %2; ignored</source>
        <translation>服务商 %1 没有名为 %2 的凭据；已忽略</translation>
    </message>
    <message>
        <source>must be &quot;keychain&quot;, &quot;env:NAME&quot; or &quot;file:PATH&quot;; secret values never go in config.json (store one with: homing-cli secret set %1 %2)</source>
        <translation>必须是 &quot;keychain&quot;、&quot;env:NAME&quot; 或 &quot;file:PATH&quot;；凭据的值绝不能写在 config.json 中（请用此命令保存：homing-cli secret set %1 %2）</translation>
    </message>
    <message>
        <source>is required by provider %1: add &quot;%2&quot;: &quot;keychain&quot; and run homing-cli secret set %3 %2</source>
        <translation>服务商 %1 要求填写此项：请添加 &quot;%2&quot;: &quot;keychain&quot;，并运行 homing-cli secret set %3 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fully qualified host name such as home.example.com</source>
        <translation>&quot;%1&quot; 不是完全限定的主机名（应类似 home.example.com）</translation>
    </message>
    <message>
        <source>is missing; assuming %1</source>
        <translation>缺少此项；按 %1 处理</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>this file was written by a newer Homing (version %1; this one understands up to %2)</source>
        <translation>此文件由更新版本的 Homing 写入（版本 %1；当前程序最高只支持 %2）</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>必须大于或等于 1</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 seconds is below the floor of %2 seconds that protects the echo services; using %2</source>
        <translation>%1 秒低于为保护回显服务而设的下限 %2 秒；将改用 %2 秒</translation>
    </message>
    <message>
        <source>must be a list of sources</source>
        <translation>必须是来源列表</translation>
    </message>
    <message>
        <source>%1 is listed twice; a source cannot agree with itself</source>
        <translation>%1 被列出了两次；同一来源不能与自身互相印证</translation>
    </message>
    <message>
        <source>is empty: name at least one source, or set enabled to false</source>
        <translation>为空：请至少列出一个来源，或将 enabled 设为 false</translation>
    </message>
    <message>
        <source>asks for %1 agreeing sources but only %2 are listed</source>
        <translation>要求 %1 个来源一致，但只列出了 %2 个来源</translation>
    </message>
    <message>
        <source>must be a list of accounts</source>
        <translation>必须是账户列表</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>必须由 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成，并以字母或数字开头</translation>
    </message>
    <message>
        <source>another account already uses the id &quot;%1&quot;</source>
        <translation>已有另一个账户使用 id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot; (known: %2)</source>
        <translation>未知的服务商 &quot;%1&quot;（支持：%2）</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;none&quot;, or a URL such as http://proxy:3128 or socks5://proxy:1080</source>
        <translation>必须是 &quot;system&quot;、&quot;none&quot;，或 http://proxy:3128、socks5://proxy:1080 这样的 URL</translation>
    </message>
    <message>
        <source>must be a list of records</source>
        <translation>必须是记录列表</translation>
    </message>
    <message>
        <source>no account has the id &quot;%1&quot;</source>
        <translation>没有 id 为 &quot;%1&quot; 的账户</translation>
    </message>
    <message>
        <source>must be &quot;A&quot; (IPv4) or &quot;AAAA&quot; (IPv6)</source>
        <translation>必须是 &quot;A&quot;（IPv4）或 &quot;AAAA&quot;（IPv6）</translation>
    </message>
    <message>
        <source>%1 records need ip.%2.enabled set to true</source>
        <translation>%1 记录要求将 ip.%2.enabled 设为 true</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice for account %3</source>
        <translation>账户 %3 下的 %1 %2 被列出了两次</translation>
    </message>
    <message>
        <source>no records: Homing will only watch the address</source>
        <translation>没有记录：Homing 只会监测地址</translation>
    </message>
    <message>
        <source>must not contain a user name or password; proxies that need a login are not supported yet</source>
        <translation>不得包含用户名或密码；暂不支持需要登录的代理</translation>
    </message>
    <message>
        <source>must be a base URL (scheme, host, optional port and path, such as https://dyndns.example.net or https://example.net/ddns): without a query, a fragment, or a user name or password; the provider adds its own path to it</source>
        <translation>必须是基础 URL（协议、主机，可选端口和路径，例如 https://dyndns.example.net 或 https://example.net/ddns）：不得包含查询参数、片段、用户名或密码；服务商会在其后加上自己的路径</translation>
    </message>
    <message>
        <source>must be a list of DNS servers such as &quot;192.0.2.53&quot; or &quot;[2001:db8::53]:5353&quot;</source>
        <translation>必须是 DNS 服务器列表，例如 &quot;192.0.2.53&quot; 或 &quot;[2001:db8::53]:5353&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server: write an address or host name, with &quot;:port&quot; when it is not 53 (&quot;[address]:port&quot; for IPv6)</source>
        <translation>&quot;%1&quot; 不是 DNS 服务器：请填写地址或主机名，端口不是 53 时加上 &quot;:端口&quot;（IPv6 写作 &quot;[地址]:端口&quot;）</translation>
    </message>
    <message>
        <source>has no effect without &quot;ipv6_suffix&quot; or &quot;ipv6_mac&quot;; add one of them or remove it</source>
        <translation>没有“ipv6_suffix”或“ipv6_mac”时不起作用；请添加其中之一，或删除此项</translation>
    </message>
    <message>
        <source>sets both &quot;ipv6_suffix&quot; and &quot;ipv6_mac&quot;; keep only one of them</source>
        <translation>同时设置了“ipv6_suffix”和“ipv6_mac”；请只保留其中一个</translation>
    </message>
    <message>
        <source>only AAAA records can be another host&apos;s IPv6 address; make the record AAAA or remove this key</source>
        <translation>只有 AAAA 记录才能是另一台主机的 IPv6 地址；请把记录改为 AAAA，或删除此项</translation>
    </message>
    <message>
        <source>must be a list of mappings such as {&quot;protocol&quot;: &quot;tcp&quot;, &quot;external&quot;: 8443, &quot;internal&quot;: 443, &quot;host&quot;: &quot;this&quot;}</source>
        <translation>必须是端口映射的列表，例如 {&quot;protocol&quot;: &quot;tcp&quot;, &quot;external&quot;: 8443, &quot;internal&quot;: 443, &quot;host&quot;: &quot;this&quot;}</translation>
    </message>
    <message>
        <source>must be &quot;tcp&quot; or &quot;udp&quot;</source>
        <translation>必须是 &quot;tcp&quot; 或 &quot;udp&quot;</translation>
    </message>
    <message>
        <source>is missing: the port people reach from outside, such as 8443</source>
        <translation>缺失：填写外部访问用的端口，例如 8443</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a LAN IPv4 address: write &quot;this&quot; for this computer, or the address of a host on the home network such as 192.168.1.20 (routers forward only to their own LAN)</source>
        <translation>&quot;%1&quot; 不是局域网 IPv4 地址：本机请写 &quot;this&quot;，其他设备请写它在家庭网络中的地址，例如 192.168.1.20（路由器只会转发到自己的局域网）</translation>
    </message>
    <message>
        <source>is longer than %1 characters; routers keep only the first %1, and so does Homing</source>
        <translation>超过 %1 个字符；路由器只保留前 %1 个字符，Homing 也一样</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds (a week): the router forgets a mapping whose lease ends, and Homing renews it at half the lease</source>
        <translation>必须在 %1 到 %2 秒（一周）之间：租期结束后路由器会删除映射，Homing 会在租期过半时续期</translation>
    </message>
    <message>
        <source>%1 port %2 is already mapped by %3: the router forwards an outside port to one place only; pick another external port</source>
        <translation>%1 端口 %2 已由 %3 映射：路由器只能把一个外部端口转发到一个地方，请换一个外部端口</translation>
    </message>
    <message>
        <source>must be a number of hours from 0 (cross-check the router at every check) to 8760 (a year)</source>
        <translation>必须是 0（每次检查都核对路由器）到 8760（一年）之间的小时数</translation>
    </message>
    <message>
        <source>applies to IPv4 only: carrier-grade NAT shares IPv4 addresses; move it to ip.ipv4</source>
        <translation>仅适用于 IPv4：运营商级 NAT 共享的是 IPv4 地址；请把它移到 ip.ipv4 中</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (UPnP, then PCP, then NAT-PMP), &quot;upnp&quot;, &quot;natpmp&quot; or &quot;pcp&quot;</source>
        <translation>必须是 &quot;auto&quot;（先 UPnP，再 PCP，再 NAT-PMP）、&quot;upnp&quot;、&quot;natpmp&quot; 或 &quot;pcp&quot;</translation>
    </message>
</context>
<context>
    <name>homing::ControlChannel</name>
    <message>
        <source>there is no private directory for the control socket (set XDG_RUNTIME_DIR, or use a shorter data directory path)</source>
        <translation>没有可放置控制套接字的私有目录（请设置 XDG_RUNTIME_DIR，或使用更短的数据目录路径）</translation>
    </message>
    <message>
        <source>there is no private directory for the control socket</source>
        <translation>没有可放置控制套接字的私有目录</translation>
    </message>
    <message>
        <source>the process at the control socket belongs to another user</source>
        <translation>控制套接字另一端的进程属于另一个用户</translation>
    </message>
</context>
<context>
    <name>homing::Daemon</name>
    <message>
        <source>the configuration has errors; keeping the previous one</source>
        <translation>配置有错误；继续使用之前的配置</translation>
    </message>
    <message>
        <source>configuration reloaded</source>
        <translation>配置已重新加载</translation>
    </message>
    <message>
        <source>the computer woke from sleep; checking the addresses in a moment</source>
        <translation>计算机已从睡眠中唤醒；稍后检查地址</translation>
    </message>
</context>
<context>
    <name>homing::DetectionPolicy</name>
    <message>
        <source>behind carrier-grade or double NAT only the echo services know the public address, and none is listed in ip.ipv4.sources</source>
        <translation>在运营商级 NAT 或双重 NAT 之后，只有回显服务知道公网地址，但 ip.ipv4.sources 中没有列出任何回显服务</translation>
    </message>
</context>
<context>
    <name>homing::DnsClient</name>
    <message>
        <source>the message could not be signed with the key &quot;%1&quot;</source>
        <translation>无法用密钥 &quot;%1&quot; 为消息签名</translation>
    </message>
    <message>
        <source>%1 did not answer in DNS: %2</source>
        <translation>%1 的应答不是 DNS 消息：%2</translation>
    </message>
    <message>
        <source>not a response</source>
        <translation>不是应答</translation>
    </message>
</context>
<context>
    <name>homing::DnsMessage</name>
    <message>
        <source>&quot;%1&quot; is not a name DNS can carry</source>
        <translation>&quot;%1&quot; 不能用作 DNS 名称</translation>
    </message>
    <message>
        <source>the DNS message could not be written</source>
        <translation>无法生成 DNS 消息</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of a %2 record</source>
        <translation>&quot;%1&quot; 不是有效的 %2 记录值</translation>
    </message>
    <message>
        <source>the answer is not a DNS message</source>
        <translation>应答不是 DNS 消息</translation>
    </message>
</context>
<context>
    <name>homing::FilePrivacy</name>
    <message>
        <source>the directory %1 cannot be read</source>
        <translation>无法读取目录 %1</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>the directory %1 belongs to another user, who could change Homing&apos;s files in it; use a directory of your own (--data-dir)</source>
        <translation>目录 %1 属于另一个用户，该用户可以更改其中 Homing 的文件；请使用你自己的目录（--data-dir）</translation>
    </message>
    <message>
        <source>other users can write to the directory %1 and could plant files in it; make it private with chmod 700 %1, or use another directory</source>
        <translation>其他用户可以写入目录 %1，并可能在其中放置文件；请用 chmod 700 %1 将其设为私有，或使用其他目录</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>%1 belongs to another user, who could change what Homing trusts in it; it must belong to you or to root</source>
        <translation>%1 属于另一个用户，该用户可以更改其中 Homing 所信任的内容；它必须属于你或 root</translation>
    </message>
    <message>
        <source>other users can change %1; make it writable by its owner only (chmod go-w %1)</source>
        <translation>其他用户可以更改 %1；请设为仅其所有者可写（chmod go-w %1）</translation>
    </message>
    <message>
        <source>the secret file %1 can be read by other users; Homing refuses to use it until only its owner can (chmod 600 %1)</source>
        <translation>凭据文件 %1 可被其他用户读取；在改为仅其所有者可读之前，Homing 拒绝使用它（chmod 600 %1）</translation>
    </message>
    <message>
        <source>%1 belongs to another user, who could change what Homing trusts in it; it must belong to you or to the Administrators</source>
        <translation>%1 属于另一个用户，他可以更改 Homing 信任的内容；它必须属于你或 Administrators 组</translation>
    </message>
    <message>
        <source>other users can change %1; in its Properties, Security, remove every entry that lets another user modify it</source>
        <translation>其他用户可以更改 %1；请在其“属性 → 安全”中删除所有允许其他用户修改它的条目</translation>
    </message>
    <message>
        <source>the secret file %1 can be read by other users; Homing refuses to use it until only you can (its Properties, Security)</source>
        <translation>其他用户可以读取凭据文件 %1；在只有你能读取它之前，Homing 拒绝使用它（在其“属性 → 安全”中设置）</translation>
    </message>
    <message>
        <source>the permissions of %1 cannot be read</source>
        <translation>无法读取 %1 的权限</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>other users can write to the directory %1 and could plant files in it; use a directory under your user profile (--data-dir)</source>
        <translation>其他用户可以写入目录 %1，并可能在其中放置文件；请使用你的用户配置文件下的目录（--data-dir）</translation>
    </message>
    <message>
        <source>the permissions of the directory %1 cannot be read</source>
        <translation>无法读取目录 %1 的权限</translation>
    </message>
    <message>
        <source>other users can replace %1, because they can write to its directory %2; keep it in a directory only you can change</source>
        <translation>其他用户可以替换 %1，因为他们可以写入其所在目录 %2；请把它放在只有你能更改的目录中</translation>
    </message>
    <message>
        <source>other users could read the files Homing keeps in the directory %1; use a directory under your user profile (--data-dir)</source>
        <translation>其他用户可以读取 Homing 保存在目录 %1 中的文件；请使用你的用户配置文件下的目录（--data-dir）</translation>
    </message>
</context>
<context>
    <name>homing::HttpEchoSource</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>&quot;%1&quot; 不是有效的 URL</translation>
    </message>
    <message>
        <source>an echo service URL must not contain a user name or password</source>
        <translation>回显服务 URL 中不得包含用户名或密码</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>证书不受信任：%1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>no IPv4 address in the answer</source>
        <translation>响应中没有 IPv4 地址</translation>
    </message>
    <message>
        <source>no IPv6 address in the answer</source>
        <translation>响应中没有 IPv6 地址</translation>
    </message>
</context>
<context>
    <name>homing::InterfaceScanner</name>
    <message>
        <source>the kernel refused to list the addresses: %1</source>
        <translation>内核拒绝列出地址：%1</translation>
    </message>
    <message>
        <source>could not open a netlink socket to read the interface addresses: %1</source>
        <translation>无法打开 netlink 套接字来读取网络接口地址：%1</translation>
    </message>
    <message>
        <source>could not ask the kernel for the interface addresses: %1</source>
        <translation>无法向内核请求网络接口地址：%1</translation>
    </message>
    <message>
        <source>could not read the interface addresses from the kernel: %1</source>
        <translation>无法从内核读取网络接口地址：%1</translation>
    </message>
    <message>
        <source>could not list the interface addresses (getifaddrs): %1</source>
        <translation>无法列出网络接口地址（getifaddrs）：%1</translation>
    </message>
    <message>
        <source>Windows could not list the network adapters&apos; addresses (GetAdaptersAddresses error %1)</source>
        <translation>Windows 无法列出网络适配器的地址（GetAdaptersAddresses 错误 %1）</translation>
    </message>
</context>
<context>
    <name>homing::InterfaceSource</name>
    <message>
        <source>&quot;%1&quot; names no interface: write interface:NAME (e.g. interface:eth0) or interface:* for every interface</source>
        <translation>“%1”没有指明网络接口：请写 interface:名称（如 interface:eth0），或用 interface:* 表示所有接口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name: use the name the system shows (e.g. eth0, enp3s0, wlan0, Ethernet) or * for every interface</source>
        <translation>“%1”不是网络接口名称：请使用系统显示的名称（如 eth0、enp3s0、wlan0、Ethernet），或用 * 表示所有接口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a ? but no options after it (known options: %2)</source>
        <translation>“%1”有 ? 但后面没有选项（可用选项：%2）</translation>
    </message>
    <message>
        <source>the option %1 is given twice in &quot;%2&quot;: give it once, with values separated by commas</source>
        <translation>选项 %1 在“%2”中出现了两次：请只写一次，多个值用逗号分隔</translation>
    </message>
    <message>
        <source>the option %1 in &quot;%2&quot; has no value (write %1=VALUE)</source>
        <translation>“%2”中的选项 %1 没有值（请写成 %1=值）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix: write an address, a slash and the prefix length, e.g. 2408:8207::/32</source>
        <translation>“%1”不是前缀：请写地址、斜杠和前缀长度，如 2408:8207::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of suffix (known: %2)</source>
        <translation>“%1”不是已知的后缀类型（可用：%2）</translation>
    </message>
    <message>
        <source>ula must be fallback (a ULA only when no global address is usable) or never, not &quot;%1&quot;</source>
        <translation>ula 必须是 fallback（仅在没有可用全局地址时使用 ULA）或 never，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 must be never or allow, not &quot;%2&quot;</source>
        <translation>%1 必须是 never 或 allow，而不是“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of an interface source (known options: %2)</source>
        <translation>“%1”不是网络接口来源的选项（可用选项：%2）</translation>
    </message>
    <message>
        <source>this host has no interface %1 with an address (interfaces with addresses: %2); check the name with `ip addr` or `ipconfig`</source>
        <translation>本机没有带地址的网络接口 %1（有地址的接口：%2）；请用 `ip addr` 或 `ipconfig` 核对名称</translation>
    </message>
    <message>
        <source>no %1 address on %2</source>
        <translation>%2 上没有 %1 地址</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n %1 address(es) on %2 can be published (each one&apos;s reason is listed)</source>
        <translation>
            <numerusform>%2 上的 %n 个 %1 地址都不能发布（每个地址的原因已列出）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homing::IpSourceFactory</name>
    <message>
        <source>&quot;%1&quot; is not a known kind of source (use an https:// echo service URL, or interface:NAME / interface:* for this host&apos;s own interfaces)</source>
        <translation>“%1”不是已知的来源类型（请使用 https:// 回显服务网址，或用 interface:名称 / interface:* 表示本机自己的网络接口）</translation>
    </message>
</context>
<context>
    <name>homing::Ipv6Suffix</name>
    <message>
        <source>the prefix length must be between %1 and %2, not %3</source>
        <translation>前缀长度必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 suffix; write the host&apos;s own part like an IPv6 address, for example &quot;::1234&quot; or &quot;::211:22ff:fe33:4455&quot;</source>
        <translation>“%1”不是 IPv6 后缀；请按 IPv6 地址的写法填写该主机自己的部分，例如“::1234”或“::211:22ff:fe33:4455”</translation>
    </message>
    <message>
        <source>%1 does not fit after a /%2 prefix: its first %2 bits must be zero, as they come from the prefix; use a shorter suffix or a longer prefix length</source>
        <translation>%1 放不进 /%2 前缀之后：它的前 %2 位必须为零，因为这些位来自前缀；请使用更短的后缀或更长的前缀长度</translation>
    </message>
    <message>
        <source>the suffix is all zeros, which is the network&apos;s own address (its routers&apos; anycast address), not a host; write the host&apos;s part, for example &quot;::1234&quot;</source>
        <translation>后缀全为零，这是网络本身的地址（路由器的任播地址），不是某台主机；请填写主机的部分，例如“::1234”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address; write six bytes in hexadecimal, for example &quot;00:11:22:33:44:55&quot;, &quot;00-11-22-33-44-55&quot; or &quot;0011.2233.4455&quot;</source>
        <translation>“%1”不是 MAC 地址；请用十六进制写出六个字节，例如“00:11:22:33:44:55”、“00-11-22-33-44-55”或“0011.2233.4455”</translation>
    </message>
    <message>
        <source>%1 is a multicast (group) MAC address, which no device has as its own; copy the device&apos;s own MAC address (its first byte is an even number)</source>
        <translation>%1 是组播（组）MAC 地址，没有设备以它作为自己的地址；请复制该设备自己的 MAC 地址（其第一个字节为偶数）</translation>
    </message>
    <message>
        <source>%1 is all zeros, which is not a device&apos;s MAC address; copy the device&apos;s own MAC address</source>
        <translation>%1 全为零，不是设备的 MAC 地址；请复制该设备自己的 MAC 地址</translation>
    </message>
    <message>
        <source>an interface ID from a MAC address is 64 bits long and needs a prefix length of 64 or less, not %1</source>
        <translation>由 MAC 地址得出的接口标识长 64 位，需要 64 或更短的前缀长度，而不是 %1</translation>
    </message>
</context>
<context>
    <name>homing::JobRunner</name>
    <message>
        <source>the provider kept asking for more requests</source>
        <translation>服务商不断要求发送更多请求</translation>
    </message>
    <message>
        <source>the provider redirected to %1; set the account&apos;s endpoint to the new address</source>
        <translation>服务商重定向到了 %1；请将账户的 endpoint 设为新地址</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>the answer was larger than Homing accepts</source>
        <translation>响应大小超出了 Homing 可接受的上限</translation>
    </message>
    <message>
        <source>the answer did not cover every record</source>
        <translation>响应没有覆盖每一条记录</translation>
    </message>
</context>
<context>
    <name>homing::KeychainSecretStore</name>
    <message>
        <source>the system keychain did not answer within %1 seconds (it may be locked and waiting for a password)</source>
        <translation>系统密钥环在 %1 秒内没有响应（可能已锁定，正在等待输入密码）</translation>
    </message>
    <message>
        <source>no secret is stored in the keychain for account &quot;%1&quot;, field &quot;%2&quot;</source>
        <translation>系统密钥环中没有保存账户 &quot;%1&quot; 字段 &quot;%2&quot; 的凭据</translation>
    </message>
    <message>
        <source>no system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running)</source>
        <translation>没有可用的系统密钥环（Linux 上须运行 Secret Service 服务，例如 GNOME Keyring 或 KWallet）</translation>
    </message>
    <message>
        <source>the system keychain has still not answered an earlier request (it may be locked and waiting for a password); Homing asks again later</source>
        <translation>系统密钥环仍未响应之前的请求（可能已锁定，正在等待输入密码）；Homing 稍后会再次请求</translation>
    </message>
</context>
<context>
    <name>homing::NatFinding</name>
    <message>
        <source>Your provider shares one public IPv4 among many customers (carrier-grade NAT): an A record will not make this host reachable from outside; use IPv6, ask your provider for a public address, or use a tunnel such as frp.</source>
        <translation>您的运营商让许多用户共用一个公网 IPv4 地址（运营商级 NAT）：A 记录无法让外部访问到这台主机；请使用 IPv6、向运营商申请公网地址，或使用 frp 等隧道。</translation>
    </message>
    <message>
        <source>This host is behind two NATs (double NAT): the router&apos;s WAN address %1 is not the public address %2 the echo services see, so an A record will not make this host reachable from outside; put the first router in bridge mode or forward the ports through both routers, use IPv6, or use a tunnel such as frp.</source>
        <translation>这台主机位于两层 NAT 之后（双重 NAT）：路由器的 WAN 地址 %1 不是回显服务看到的公网地址 %2，因此 A 记录无法让外部访问到这台主机；请将上一级路由器设为桥接模式或在两台路由器上都做端口转发、使用 IPv6，或使用 frp 等隧道。</translation>
    </message>
    <message>
        <source>This host is behind two NATs (double NAT): the router&apos;s WAN address %1 is a private address, so another router (yours or your provider&apos;s) stands between it and the Internet, and an A record will not make this host reachable from outside; put the first router in bridge mode or forward the ports through both routers, use IPv6, or use a tunnel such as frp.</source>
        <translation>这台主机位于两层 NAT 之后（双重 NAT）：路由器的 WAN 地址 %1 是私有地址，说明它与互联网之间还有另一台路由器（您自己的或运营商的），A 记录无法让外部访问到这台主机；请将上一级路由器设为桥接模式或在两台路由器上都做端口转发、使用 IPv6，或使用 frp 等隧道。</translation>
    </message>
    <message>
        <source>the address is not published: %1 To publish the public address anyway, set &quot;publish_behind_cgnat&quot;: true in ip.ipv4.</source>
        <translation>未发布该地址：%1 如仍要发布公网地址，请在 ip.ipv4 中设置 &quot;publish_behind_cgnat&quot;: true。</translation>
    </message>
</context>
<context>
    <name>homing::Notifier</name>
    <message>
        <source>%1 updated</source>
        <translation>%1 已更新</translation>
    </message>
    <message>
        <source>%1 now points to %2.</source>
        <translation>%1 现在指向 %2。</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 已恢复正常</translation>
    </message>
    <message>
        <source>%1 points to %2.</source>
        <translation>%1 指向 %2。</translation>
    </message>
    <message>
        <source>%1 is blocked</source>
        <translation>%1 已被阻止</translation>
    </message>
    <message>
        <source>%1 cannot be updated</source>
        <translation>%1 无法更新</translation>
    </message>
    <message>
        <source>%1 not updated</source>
        <translation>%1 未更新</translation>
    </message>
    <message>
        <source>%1 address detected</source>
        <translation>检测到 %1 地址</translation>
    </message>
    <message>
        <source>This network&apos;s %1 address is %2.</source>
        <translation>本网络的 %1 地址是 %2。</translation>
    </message>
    <message>
        <source>%1 address changed</source>
        <translation>%1 地址已变化</translation>
    </message>
    <message>
        <source>This network&apos;s %1 address changed from %2 to %3.</source>
        <translation>本网络的 %1 地址已从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>%1 now points to %2, which Homing did not set.</source>
        <translation>%1 现在指向 %2，这不是 Homing 设置的。</translation>
    </message>
    <message>
        <source>%1 (%2) was changed</source>
        <translation>%1（%2）已被他人修改</translation>
    </message>
    <message>
        <source>Homing sets it back to %1.</source>
        <translation>Homing 会将其改回 %1。</translation>
    </message>
    <message>
        <source>Homing already set it back today and leaves it for now; check who changed it.</source>
        <translation>Homing 今天已改回过一次，暂不再改；请查明是谁修改了它。</translation>
    </message>
    <message>
        <source>No longer behind carrier-grade or double NAT</source>
        <translation>已不在运营商级 NAT 或双重 NAT 之后</translation>
    </message>
    <message>
        <source>The router&apos;s address is public again: an A record can make this host reachable from outside.</source>
        <translation>路由器的地址又是公网地址了：A 记录可以让外部访问到这台主机。</translation>
    </message>
    <message>
        <source>Behind carrier-grade NAT</source>
        <translation>位于运营商级 NAT 之后</translation>
    </message>
    <message>
        <source>Behind double NAT</source>
        <translation>位于双重 NAT 之后</translation>
    </message>
    <message>
        <source>Homing publishes the public address anyway, as configured.</source>
        <translation>按照配置，Homing 仍会发布该公网地址。</translation>
    </message>
    <message>
        <source>Homing does not publish an IPv4 address that cannot work.</source>
        <translation>Homing 不会发布无法使用的 IPv4 地址。</translation>
    </message>
    <message>
        <source>The router refused to forward port %1 to %2: %3.</source>
        <translation>路由器拒绝把端口 %1 转发到 %2：%3。</translation>
    </message>
    <message>
        <source>Pick another external port if another device uses it, allow the port in the router&apos;s UPnP settings, or forward it by hand in the router. Homing keeps asking now and then.</source>
        <translation>如果其他设备占用了该端口，请换一个外部端口；或在路由器的 UPnP 设置中允许该端口，或在路由器中手动设置端口转发。Homing 会不时再次请求。</translation>
    </message>
    <message>
        <source>No router answered the request to forward port %1 to %2 (%3).</source>
        <translation>没有路由器应答把端口 %1 转发到 %2 的请求（%3）。</translation>
    </message>
    <message>
        <source>Port %1 is not forwarded</source>
        <translation>端口 %1 未被转发</translation>
    </message>
    <message>
        <source>Turn on UPnP, NAT-PMP or PCP in the router, or forward the port by hand. Homing keeps asking now and then.</source>
        <translation>请在路由器中开启 UPnP、NAT-PMP 或 PCP，或手动设置端口转发。Homing 会不时再次请求。</translation>
    </message>
</context>
<context>
    <name>homing::PassSummary</name>
    <message>
        <source>updated to %1 (%2)</source>
        <translation>已更新为 %1（%2）</translation>
    </message>
    <message>
        <source>updated from %1 to %2 (%3)</source>
        <translation>已从 %1 更新为 %2（%3）</translation>
    </message>
    <message>
        <source>%1 confirmed: the provider already had it</source>
        <translation>%1 已确认：服务商处已是此地址</translation>
    </message>
    <message>
        <source>blocked: %1.</source>
        <translation>已阻止：%1。</translation>
    </message>
    <message>
        <source>failed: %1. Next attempt at %2.</source>
        <translation>失败：%1。将于 %2 再次尝试。</translation>
    </message>
    <message>
        <source>not updated: %1.</source>
        <translation>未更新：%1。</translation>
    </message>
    <message>
        <source>in sync (%1)</source>
        <translation>已同步（%1）</translation>
    </message>
    <message>
        <source>waiting until %1 before retrying, after: %2</source>
        <translation>等到 %1 再重试，此前的错误：%2</translation>
    </message>
    <message>
        <source>not checked: no address of this family was detected</source>
        <translation>未检查：未检测到该 IP 版本的地址</translation>
    </message>
    <message>
        <source>%1 address: %2 (%3 of %4 sources agree)</source>
        <translation>%1 地址：%2（%4 个来源中有 %3 个一致）</translation>
    </message>
    <message>
        <source>%1 address: none accepted: %2</source>
        <translation>%1 地址：没有可采用的地址：%2</translation>
    </message>
</context>
<context>
    <name>homing::PassTrigger</name>
    <message>
        <source>checked on request</source>
        <translation>应请求检查</translation>
    </message>
    <message>
        <source>checked at start</source>
        <translation>启动时检查</translation>
    </message>
    <message>
        <source>checked at the check interval</source>
        <translation>按检查间隔检查</translation>
    </message>
    <message>
        <source>checked after the configuration was reloaded</source>
        <translation>重新加载配置后检查</translation>
    </message>
    <message>
        <source>checked after the system reported an address change</source>
        <translation>系统报告地址变化后检查</translation>
    </message>
    <message>
        <source>checked after the computer woke from sleep</source>
        <translation>计算机从睡眠中唤醒后检查</translation>
    </message>
</context>
<context>
    <name>homing::PortMapper</name>
    <message>
        <source>active via %1 until %2</source>
        <translation>已通过 %1 生效，有效期至 %2</translation>
    </message>
    <message>
        <source>active via %1, permanent</source>
        <translation>已通过 %1 生效，永久</translation>
    </message>
    <message>
        <source>reachable at %1:%2</source>
        <translation>外部可通过 %1:%2 访问</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>下次尝试 %1</translation>
    </message>
    <message>
        <source>removed from the router</source>
        <translation>已从路由器删除</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <source>Port mapping %1 %2 → %3:%4: %5</source>
        <translation>端口映射 %1 %2 → %3:%4：%5</translation>
    </message>
    <message>
        <source>%1: not available in this build of Homing</source>
        <translation>%1：此版本的 Homing 不支持</translation>
    </message>
    <message>
        <source>the router did not answer</source>
        <translation>路由器没有应答</translation>
    </message>
    <message>
        <source>NAT-PMP forwards only to the computer that asks, not to %1; use &quot;method&quot;: &quot;upnp&quot; or &quot;pcp&quot; for another host</source>
        <translation>NAT-PMP 只能转发到发出请求的这台电脑，不能转发到 %1；要转发到其他设备，请使用 &quot;method&quot;: &quot;upnp&quot; 或 &quot;pcp&quot;</translation>
    </message>
    <message>
        <source>the router refused (error %1)</source>
        <translation>路由器拒绝了请求（错误 %1）</translation>
    </message>
    <message>
        <source>the router forwards port %1 instead of %2, which is taken; from outside, use port %1</source>
        <translation>端口 %2 已被占用，路由器改为转发端口 %1；从外部访问请使用端口 %1</translation>
    </message>
    <message>
        <source>port mapping %1 %2 → %3:%4 made via %5</source>
        <translation>端口映射 %1 %2 → %3:%4 已通过 %5 建立</translation>
    </message>
    <message>
        <source>port mapping %1 %2 not renewed yet: %3</source>
        <translation>端口映射 %1 %2 尚未续期：%3</translation>
    </message>
    <message>
        <source>port mapping %1 %2 failed: %3</source>
        <translation>端口映射 %1 %2 失败：%3</translation>
    </message>
    <message>
        <source>the router&apos;s WAN address is now %1: asking for the port mappings again</source>
        <translation>路由器的 WAN 地址已变为 %1：重新请求端口映射</translation>
    </message>
    <message>
        <source>port mapping %1 %2 removed from the router</source>
        <translation>端口映射 %1 %2 已从路由器删除</translation>
    </message>
    <message>
        <source>could not be removed: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <source>port mapping %1 %2 %3</source>
        <translation>端口映射 %1 %2 %3</translation>
    </message>
    <message>
        <source>NAT-PMP: not asked, it shares port 5351 with PCP, which did not answer</source>
        <translation>NAT-PMP：未询问，它与 PCP 共用 5351 端口，而 PCP 没有应答</translation>
    </message>
    <message>
        <source>PCP: not asked, it shares port 5351 with NAT-PMP, which did not answer</source>
        <translation>PCP：未询问，它与 NAT-PMP 共用 5351 端口，而 NAT-PMP 没有应答</translation>
    </message>
</context>
<context>
    <name>homing::PropagationCheck</name>
    <message>
        <source>no resolver is configured to find the zone&apos;s name servers, and the account names none</source>
        <translation>未配置用于查找区域域名服务器的解析器，账户也未指定域名服务器</translation>
    </message>
    <message>
        <source>no resolver said which zone holds %1</source>
        <translation>没有解析器告知 %1 属于哪个区域</translation>
    </message>
    <message>
        <source>no resolver gave the name servers of zone %1</source>
        <translation>没有解析器返回区域 %1 的域名服务器</translation>
    </message>
    <message>
        <source>the address of %1 was not found</source>
        <translation>找不到 %1 的地址</translation>
    </message>
    <message>
        <source>%1 cannot be asked for in DNS</source>
        <translation>无法在 DNS 中查询 %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>返回了 %1</translation>
    </message>
    <message>
        <source>is not authoritative for %1</source>
        <translation>不是 %1 的权威服务器</translation>
    </message>
</context>
<context>
    <name>homing::PropagationMonitor</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>served by all %n authoritative server(s) (%1), %2 after the update</source>
        <translation>
            <numerusform>全部 %n 台权威服务器（%1）均已提供，更新后 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now points to %2, which Homing did not set</source>
        <translation>%1 现在指向 %2，这不是 Homing 设置的值</translation>
    </message>
    <message>
        <source>%1; Homing sets it back to %2 (the record is set to always correct)</source>
        <translation>%1；Homing 会将其改回 %2（此记录已设为总是改回）</translation>
    </message>
    <message>
        <source>%1; Homing sets it back to %2, and does so at most once a day unless the record is set to always correct</source>
        <translation>%1；Homing 会将其改回 %2；除非此记录设为总是改回，否则每天最多改回一次</translation>
    </message>
    <message>
        <source>%1; Homing already set it back today and leaves it until %2; set the record to always correct to override changes every time</source>
        <translation>%1；Homing 今天已改回过一次，%2 之前不再改动；如需每次都覆盖他人的修改，请将此记录设为总是改回</translation>
    </message>
    <message>
        <source>%1 %2: not verified: %3</source>
        <translation>%1 %2：未验证：%3</translation>
    </message>
</context>
<context>
    <name>homing::Providers</name>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Create one under My Profile &gt; API Tokens with the &quot;Edit zone DNS&quot; template, limited to the one zone (add Zone:Read to let Homing find the zone by name). The Global API Key is not accepted.</source>
        <translation>请在 My Profile &gt; API Tokens（我的个人资料 &gt; API 令牌）中使用 &quot;Edit zone DNS&quot; 模板创建，并仅限用于这一个区域（如需让 Homing 按名称查找区域，请再添加 Zone:Read 权限）。不接受 Global API Key（全局 API 密钥）。</translation>
    </message>
    <message>
        <source>Zone ID</source>
        <translation>区域 ID</translation>
    </message>
    <message>
        <source>Optional. The zone&apos;s ID from its Overview page; when set, Homing does not look the zone up by name.</source>
        <translation>可选。区域 Overview（概述）页面上显示的区域 ID；设置后，Homing 不再按名称查找区域。</translation>
    </message>
    <message>
        <source>Proxied through Cloudflare</source>
        <translation>通过 Cloudflare 代理</translation>
    </message>
    <message>
        <source>Optional. When set, Homing makes the record proxied (true) or DNS only (false); when not set, an existing record keeps its setting and a new one is DNS only.</source>
        <translation>可选。设置后，Homing 会将记录设为已代理（true）或仅 DNS（false）；未设置时，已有记录保持原设置，新建记录为仅 DNS。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The address to call, with placeholders {ip}, {name}, {type}, {ttl} and {secret}, for example https://dyn.example.com/update?host={name}&amp;addr={ip}.</source>
        <translation>要请求的地址，可使用占位符 {ip}、{name}、{type}、{ttl} 和 {secret}，例如 https://dyn.example.com/update?host={name}&amp;addr={ip}。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>请求方法</translation>
    </message>
    <message>
        <source>The HTTP method.</source>
        <translation>HTTP 请求方法。</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Optional request headers; values may use the placeholders, for example &quot;Authorization&quot;: &quot;Bearer {secret}&quot;.</source>
        <translation>可选的请求头；值中可使用占位符，例如 &quot;Authorization&quot;: &quot;Bearer {secret}&quot;。</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Optional request body with placeholders; values are escaped for JSON or form bodies.</source>
        <translation>可选的请求体，可使用占位符；代入的值会按 JSON 或表单格式转义。</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Optional; by default application/json when the body starts with &apos;{&apos;, else text/plain.</source>
        <translation>可选；默认在请求体以 &apos;{&apos; 开头时为 application/json，否则为 text/plain。</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>成功匹配模式</translation>
    </message>
    <message>
        <source>Optional regular expression the answer must match for the update to count as done (besides a 2xx status).</source>
        <translation>可选的正则表达式；除 2xx 状态码外，响应还须与之匹配，才算更新成功。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Optional token or password, used where {secret} appears. Requests that carry it go over HTTPS only.</source>
        <translation>可选的令牌或密码，用于替换 {secret}。携带它的请求只通过 HTTPS 发送。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>The token shown at the top of your duckdns.org page after signing in.</source>
        <translation>登录 duckdns.org 后页面顶部显示的 token（令牌）。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Update server</source>
        <translation>更新服务器</translation>
    </message>
    <message>
        <source>Host name (members.dyndns.org) or full update URL (https://members.dyndns.org/nic/update) of the dyndns2 service.</source>
        <translation>dyndns2 服务的主机名（members.dyndns.org）或完整的更新 URL（https://members.dyndns.org/nic/update）。</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>账户的用户名。</translation>
    </message>
    <message>
        <source>The account&apos;s password or update key.</source>
        <translation>账户的密码或更新密钥。</translation>
    </message>
    <message>
        <source>Your No-IP user name or e-mail, or the user name of a DDNS key (Dynamic DNS &gt; DDNS Keys, which limits the key to one host).</source>
        <translation>No-IP 用户名或电子邮箱，或 DDNS 密钥的用户名（在 Dynamic DNS &gt; DDNS Keys 中创建，该密钥仅限用于一个主机）。</translation>
    </message>
    <message>
        <source>Your No-IP password, or the DDNS key&apos;s password.</source>
        <translation>No-IP 密码，或 DDNS 密钥的密码。</translation>
    </message>
    <message>
        <source>Your Oray account name.</source>
        <translation>Oray（花生壳）账户名。</translation>
    </message>
    <message>
        <source>Your Oray password. Oray&apos;s update service accepts plain HTTP only, so the account must set &quot;allow_insecure_http&quot;: true.</source>
        <translation>Oray 账户密码。Oray 的更新服务只支持明文 HTTP，因此该账户必须设置 &quot;allow_insecure_http&quot;: true。</translation>
    </message>
    <message>
        <source>Your Dynu user name.</source>
        <translation>Dynu 用户名。</translation>
    </message>
    <message>
        <source>Your Dynu password, or its MD5 or SHA-256 hash (Dynu accepts all three; a separate IP update password can be set in the control panel).</source>
        <translation>Dynu 密码，或其 MD5 或 SHA-256 哈希值（Dynu 三种都接受；也可以在控制面板中单独设置 IP 更新密码）。</translation>
    </message>
    <message>
        <source>Custom URL (webhook)</source>
        <translation>自定义 URL（Webhook）</translation>
    </message>
    <message>
        <source>dyndns2 (generic)</source>
        <translation>dyndns2（通用）</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Optional. When several records share this name and type, the ID (from the provider&apos;s console or API) of the one Homing manages. Without it, Homing manages the only record there is and refuses to guess among several.</source>
        <translation>可选。当多条记录的名称和类型相同时，填写 Homing 要管理的那一条的 ID（在服务商控制台或 API 中可查）。不填时，Homing 只管理唯一的那条记录，有多条时不会猜测。</translation>
    </message>
    <message>
        <source>ISP line</source>
        <translation>解析线路</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of a RAM user made for Homing, not of the main account: in the RAM console (访问控制 RAM) &gt; Identities &gt; Users, create a user with OpenAPI access and grant it the system policy AliyunDNSFullAccess, or a custom policy allowing alidns:DescribeDomains and alidns:DescribeSubDomainRecords (to find the record, and for Test) and alidns:AddDomainRecord and alidns:UpdateDomainRecord (to write it).</source>
        <translation>为 Homing 专门创建的 RAM 用户的 AccessKey ID，不要使用主账号的：在访问控制 RAM 控制台 &gt; 身份管理 &gt; 用户中创建一个启用 OpenAPI 调用访问的用户，并为其授予系统策略 AliyunDNSFullAccess，或授予自定义策略，允许 alidns:DescribeDomains 和 alidns:DescribeSubDomainRecords（查找记录，以及“测试”）以及 alidns:AddDomainRecord 和 alidns:UpdateDomainRecord（写入记录）。</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Shown once, when the AccessKey is created (RAM console &gt; Users &gt; the user &gt; AccessKey). Homing signs each request with it (ACS3-HMAC-SHA256) and never sends it.</source>
        <translation>仅在创建 AccessKey 时显示一次（访问控制 RAM 控制台 &gt; 用户 &gt; 该用户 &gt; AccessKey）。Homing 用它为每个请求签名（ACS3-HMAC-SHA256），从不发送它。</translation>
    </message>
    <message>
        <source>Optional. The ISP line (解析线路) of the record Homing manages, by its code: default (默认), telecom (电信), unicom (联通), mobile (移动), oversea (境外), edu (教育网), drpeng (鹏博士), btvn (广电网), or a finer line&apos;s code from the console. Records of other lines are never read into the decision nor changed.</source>
        <translation>可选。Homing 管理的记录所在的解析线路，填写线路代码：default（默认）、telecom（电信）、unicom（联通）、mobile（移动）、oversea（境外）、edu（教育网）、drpeng（鹏博士）、btvn（广电网），或控制台中更细分线路的代码。其他线路的记录不参与判断，也从不被修改。</translation>
    </message>
    <message>
        <source>Alibaba Cloud DNS</source>
        <translation>阿里云云解析 DNS</translation>
    </message>
    <message>
        <source>API user type</source>
        <translation>API 用户类型</translation>
    </message>
    <message>
        <source>auth-id for the account&apos;s API user, sub-auth-id for a sub-user given by its ID, sub-auth-user for a sub-user given by its name.</source>
        <translation>auth-id 表示账户的 API 用户，sub-auth-id 表示按 ID 指定的子用户，sub-auth-user 表示按名称指定的子用户。</translation>
    </message>
    <message>
        <source>API user ID</source>
        <translation>API 用户 ID</translation>
    </message>
    <message>
        <source>From ClouDNS &gt; API &amp; Resellers (the API needs a paid plan). Best a sub-user (Add new sub-user) given only the zone Homing updates: it can then list and change that zone&apos;s records and nothing else. Limit the API user to your IP addresses there too.</source>
        <translation>在 ClouDNS &gt; API &amp; Resellers 中获取（API 需要付费套餐）。最好建一个子用户（Add new sub-user），只分配 Homing 要更新的区域：这样它只能列出和修改该区域的记录，别的都不能做。也请在那里把 API 用户限制为你的 IP 地址。</translation>
    </message>
    <message>
        <source>API user password</source>
        <translation>API 用户密码</translation>
    </message>
    <message>
        <source>The password of that API user or sub-user (auth-password).</source>
        <translation>该 API 用户或子用户的密码（auth-password）。</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Optional. The zone&apos;s name (example.com); when set, Homing does not list the zones to find it.</source>
        <translation>可选。区域名称（example.com）；设置后，Homing 不再列出区域来查找它。</translation>
    </message>
    <message>
        <source>Create a token at desec.io under Token Management, with &quot;manage tokens&quot; (perm_manage_tokens) off, allowed subnets limited to the networks this computer&apos;s address stays within (when you know them), and a scoping policy: a default policy without write permission and one with perm_write for this domain (and name and type). Every token can read; Homing reads the domain and the record and writes the record&apos;s RRset.</source>
        <translation>在 desec.io 的 Token Management 中创建令牌：关闭 “manage tokens”（perm_manage_tokens），在知道本机地址所在网络时把允许的子网（allowed subnets）限制在这些网络内，并添加作用域策略：一条不带写权限的默认策略，以及一条对此域名（及名称和类型）带 perm_write 的策略。所有令牌都可读取；Homing 读取域名和记录，并写入记录的 RRset。</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>Create one in DigitalOcean&apos;s control panel under API &gt; Tokens &gt; Generate New Token, with Custom Scopes: domain read and update (and create, for Homing to add a record that does not exist yet). Homing lists the domains, reads the record, and creates or changes it.</source>
        <translation>在 DigitalOcean 控制面板的 API &gt; Tokens &gt; Generate New Token 中创建，选择 Custom Scopes（自定义作用域）：domain 的 read 和 update（若要 Homing 添加尚不存在的记录，再加 create）。Homing 会列出域名、读取记录，并创建或修改它。</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of a Tencent Cloud API key. Create a sub-user in the console under CAM &gt; Users (programmatic access) with the policy QcloudDNSPodFullAccess, or a custom policy allowing dnspod:DescribeDomainList and dnspod:DescribeRecordList (read, enough for the Test button) and dnspod:CreateRecord and dnspod:ModifyRecord (write); its key is under API keys.</source>
        <translation>腾讯云 API 密钥的 SecretId。请在控制台的访问管理 CAM &gt; 用户中新建子用户（编程访问），关联策略 QcloudDNSPodFullAccess，或允许 dnspod:DescribeDomainList 和 dnspod:DescribeRecordList（只读，“测试”按钮只需这两项）以及 dnspod:CreateRecord 和 dnspod:ModifyRecord（写入）的自定义策略；其密钥在 API 密钥中。</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey shown with the SecretId when the API key was created.</source>
        <translation>创建 API 密钥时与 SecretId 一起显示的 SecretKey。</translation>
    </message>
    <message>
        <source>The ISP line (解析线路) of the record, as DNSPod names it: 默认 (the default line), 电信, 联通, 移动, 境外, 搜索引擎 … Homing changes only the record on this line; the records of other lines stay as they are. A line other than 默认 needs a 默认 record of the same name first; some lines need a paid plan.</source>
        <translation>记录的解析线路，按 DNSPod 的名称填写：默认（默认线路）、电信、联通、移动、境外、搜索引擎…… Homing 只修改这条线路上的记录，其他线路的记录保持不变。“默认”以外的线路需要先有同名的“默认”记录；部分线路需要付费套餐。</translation>
    </message>
    <message>
        <source>Tencent Cloud DNSPod</source>
        <translation>腾讯云 DNSPod</translation>
    </message>
    <message>
        <source>DNSPod token (ID,Token)</source>
        <translation>DNSPod Token（ID,Token）</translation>
    </message>
    <message>
        <source>A DNSPod token written as ID,Token: the token&apos;s numeric ID, a comma, then the token. Create it in the DNSPod console under the account&apos;s API keys (DNSPod Token); it acts for the whole account, so Tencent Cloud&apos;s API 3.0 key with a CAM policy limited to DNSPod (the dnspod provider) is the least-privilege choice.</source>
        <translation>写成 ID,Token 的 DNSPod Token：Token 的数字 ID、一个英文逗号，然后是 Token。请在 DNSPod 控制台账号中心的 API 密钥（DNSPod Token）中创建；它代表整个账户，因此使用腾讯云 API 3.0 密钥并以 CAM 策略限定为 DNSPod（dnspod 服务商）才是最小权限的选择。</translation>
    </message>
    <message>
        <source>DNSPod (legacy token)</source>
        <translation>DNSPod（旧版 Token）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>From the Dynu control panel &gt; API Credentials (the API-Key, not the OAuth2 client). Dynu has one key per account and it cannot be limited: it can change every domain of the account. Reading the domains and records and changing a record all use it.</source>
        <translation>在 Dynu 控制面板 &gt; API Credentials 中获取（API-Key，不是 OAuth2 客户端）。Dynu 每个账户只有一个密钥，且无法限制权限：它能修改账户的所有域名。读取域名和记录、修改记录都用它。</translation>
    </message>
    <message>
        <source>Dynu (API key)</source>
        <translation>Dynu（API 密钥）</translation>
    </message>
    <message>
        <source>Create one in Gandi&apos;s admin under Organizations &gt; (the organisation that owns the domain) &gt; Personal Access Tokens: limit it to that one organisation and to the domains Homing updates, with only the permission &quot;Manage domain technical configurations&quot;, which lets Homing list the LiveDNS domains, read the record and write it. The older API key is not accepted.</source>
        <translation>在 Gandi 管理后台的 Organizations &gt;（拥有该域名的组织）&gt; Personal Access Tokens 中创建：只限于这一个组织和 Homing 要更新的域名，并只授予 “Manage domain technical configurations”（管理域名技术配置）权限，Homing 凭此列出 LiveDNS 域名、读取并写入记录。不接受旧的 API 密钥。</translation>
    </message>
    <message>
        <source>The Key of a Production API key, created at developer.godaddy.com/keys (a Test/OTE key does not work on real domains). GoDaddy keys cannot be limited: a key can do all that the account can, so create one for Homing alone and keep it only here.</source>
        <translation>在 developer.godaddy.com/keys 创建的生产环境（Production）API 密钥的 Key（Test/OTE 密钥不能用于真实域名）。GoDaddy 的密钥无法限制权限：一个密钥可以做账号能做的一切，因此请专门为 Homing 创建一个，并只保存在这里。</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 密钥密码</translation>
    </message>
    <message>
        <source>The Secret shown once with the key. Homing reads the domain list and the record, and replaces the record. Since May 2024 GoDaddy refuses its DNS API (ACCESS_DENIED) to accounts with fewer than 10 domains and no Discount Domain Club Premier membership.</source>
        <translation>与密钥一起仅显示一次的 Secret。Homing 会读取域名列表和记录，并替换该记录。自 2024 年 5 月起，GoDaddy 对域名少于 10 个且没有 Discount Domain Club Premier 会员资格的账号拒绝其 DNS API（ACCESS_DENIED）。</translation>
    </message>
    <message>
        <source>In Hetzner Console, open the project that holds the zone, then Security &gt; API tokens &gt; Generate API token with Read &amp; Write permission (listing zones and records needs Read, changing records needs Write). A token reaches only its own project: keep the DNS zones in a project of their own to limit what it can touch.</source>
        <translation>在 Hetzner Console 中打开包含该区域的项目，然后 Security &gt; API tokens &gt; Generate API token，选择 Read &amp; Write 权限（列出区域和记录需要 Read，修改记录需要 Write）。令牌只能访问它自己的项目：把 DNS 区域放在单独的项目中，可以限制它能动的范围。</translation>
    </message>
    <message>
        <source>Optional. The zone&apos;s name (or ID) as Hetzner Console shows it; when set, Homing does not list the project&apos;s zones to find it.</source>
        <translation>可选。Hetzner Console 中显示的区域名称（或 ID）；设置后，Homing 不再列出项目的区域来查找它。</translation>
    </message>
    <message>
        <source>Record comment</source>
        <translation>记录备注</translation>
    </message>
    <message>
        <source>Optional. Records of a Hetzner record set have no IDs: when the set holds several addresses for this name and type, give the comment (set in Hetzner Console) of the one Homing manages. Without it, Homing manages the only address there is and refuses to guess among several.</source>
        <translation>可选。Hetzner 记录集中的记录没有 ID：当该名称和类型的记录集有多个地址时，请填写 Homing 要管理的那一个的备注（在 Hetzner Console 中设置）。不填时，Homing 只管理唯一的地址，有多个时不会猜测。</translation>
    </message>
    <message>
        <source>DNS Console API token</source>
        <translation>DNS Console API 令牌</translation>
    </message>
    <message>
        <source>For zones still in the old DNS Console (dns.hetzner.com): create one under Manage API access tokens. These tokens cannot be limited: each can change every zone of the account. Zones moved to Hetzner Console need the provider hetzner and a Console token.</source>
        <translation>用于仍在旧 DNS Console（dns.hetzner.com）中的区域：在 Manage API access tokens 中创建。这种令牌无法限制权限：每个令牌都能修改账户的所有区域。已迁移到 Hetzner Console 的区域需要服务商 hetzner 和 Console 令牌。</translation>
    </message>
    <message>
        <source>Optional. The zone&apos;s ID (in the address of its page in the DNS Console); when set, Homing does not list the account&apos;s zones to find it.</source>
        <translation>可选。区域的 ID（在 DNS Console 中该区域页面的网址里）；设置后，Homing 不再列出账户的区域来查找它。</translation>
    </message>
    <message>
        <source>Hetzner DNS Console (old API)</source>
        <translation>Hetzner DNS Console（旧 API）</translation>
    </message>
    <message>
        <source>Access Key ID (AK)</source>
        <translation>访问密钥 ID（AK）</translation>
    </message>
    <message>
        <source>The AK of an IAM user made for Homing: in the console, Identity and Access Management (IAM) &gt; Users &gt; Create User with programmatic access, then the user&apos;s Security Settings &gt; Access Keys (My Credentials &gt; Access Keys for your own user). Give the user the DNS FullAccess policy, or a custom policy allowing dns:zone:list and dns:recordset:list (to find the zone and the record set), dns:recordset:create and dns:recordset:update (to write it).</source>
        <translation>为 Homing 单独创建的 IAM 用户的 AK：在控制台“统一身份认证服务 IAM &gt; 用户 &gt; 创建用户”中勾选“编程访问”，再到该用户的“安全设置 &gt; 访问密钥”中创建（自己的用户在“我的凭证 &gt; 访问密钥”）。给该用户授予 DNS FullAccess 策略，或一个自定义策略，允许 dns:zone:list 和 dns:recordset:list（查找域名和记录集）、dns:recordset:create 和 dns:recordset:update（写入记录集）。</translation>
    </message>
    <message>
        <source>Secret Access Key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>The SK that comes with the AK (in the credentials.csv file, shown only when the key is created). Homing signs each request with it and never sends it.</source>
        <translation>与 AK 配对的 SK（在 credentials.csv 文件中，仅在创建访问密钥时显示）。Homing 用它为每个请求签名，从不发送它。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Optional. Empty: the global endpoint dns.myhuaweicloud.com, which serves every account&apos;s public zones. A region ID such as cn-north-4 (Beijing 4) or ap-southeast-1 (Hong Kong) sends to dns.&lt;region&gt;.myhuaweicloud.com instead.</source>
        <translation>可选。留空：使用全局终端节点 dns.myhuaweicloud.com，它服务所有账号的公网域名。填写区域 ID（如 cn-north-4 华北-北京四、ap-southeast-1 中国-香港）则改为发送到 dns.&lt;区域&gt;.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Optional, usually empty. When the IAM user&apos;s DNS permission is granted for one region&apos;s project only: that project&apos;s ID (My Credentials &gt; API Credentials), sent as X-Project-Id. Set the region to match.</source>
        <translation>可选，通常留空。仅当 IAM 用户的 DNS 权限只授予了某个区域的项目时填写：该项目的 ID（“我的凭证 &gt; API凭证”），以 X-Project-Id 发送。区域也要设为对应的区域。</translation>
    </message>
    <message>
        <source>The ISP line (解析线路) of the record set, as the API names it: default_view (全网默认), Dianxin (电信), Liantong (联通), Yidong (移动), Jiaoyuwang (教育网), Tietong (铁通), Pengboshi (鹏博士), CN (中国大陆), Abroad (境外), or the ID of a regional or custom line. Homing changes only the record set of this line; other lines&apos; record sets are never touched.</source>
        <translation>记录集的解析线路，按 API 的写法填写：default_view（全网默认）、Dianxin（电信）、Liantong（联通）、Yidong（移动）、Jiaoyuwang（教育网）、Tietong（铁通）、Pengboshi（鹏博士）、CN（中国大陆）、Abroad（境外），或地域线路、自定义线路的 ID。Homing 只修改这条线路的记录集，绝不触碰其他线路的记录集。</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS</source>
        <translation>华为云 云解析服务 DNS</translation>
    </message>
    <message>
        <source>Written prefix.secret. Create it in the IONOS developer portal (developer.hosting.ionos.com, sign in with your IONOS login, API keys). IONOS keys cannot be limited: a key can read and change every DNS zone of its account, so keep it safe and delete it there when no longer used.</source>
        <translation>写作 prefix.secret。在 IONOS 开发者门户（developer.hosting.ionos.com，用 IONOS 账号登录，API keys）中创建。IONOS 密钥无法限制权限：一个密钥能读取和修改其账户的所有 DNS 区域，请妥善保管，不用时在那里删除。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>The domain as registered at Namecheap (example.com). Records are this domain (host &quot;@&quot;) or names under it; another domain needs another account.</source>
        <translation>在 Namecheap 注册的域名（example.com）。记录是该域名本身（主机“@”）或其下的名称；其他域名需要另建账户。</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>动态 DNS 密码</translation>
    </message>
    <message>
        <source>Not your account password: turn on Dynamic DNS under Domain List &gt; Manage &gt; Advanced DNS and copy the password shown there. It can update this one domain&apos;s dynamic records and nothing else. Each host needs an &quot;A + Dynamic DNS Record&quot; there first (IPv4 only).</source>
        <translation>不是账户密码：在 Domain List &gt; Manage &gt; Advanced DNS 中开启 Dynamic DNS，复制那里显示的密码。它只能更新这一个域名的动态记录，别的都不能做。每个主机都要先在那里建一条“A + Dynamic DNS Record”（仅 IPv4）。</translation>
    </message>
    <message>
        <source>The API Key (pk1_…) of a key created at porkbun.com/account/api.</source>
        <translation>在 porkbun.com/account/api 创建的密钥的 API Key（pk1_…）。</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Secret API 密钥</translation>
    </message>
    <message>
        <source>The Secret Key (sk1_…) shown once with the API key. A Porkbun key reaches only the domains whose API ACCESS switch is on: in Domain Management, open each domain&apos;s Details and switch API ACCESS on for the domains Homing updates, and for no other. Homing lists the domains, reads the record, and creates or edits it.</source>
        <translation>与 API 密钥一起仅显示一次的 Secret Key（sk1_…）。Porkbun 密钥只能访问打开了 API ACCESS 开关的域名：请在 Domain Management 中打开各域名的 Details，只为 Homing 要更新的域名打开 API ACCESS，其他域名都不要打开。Homing 会列出域名、读取记录，并创建或修改它。</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID（AccessKeyId）</translation>
    </message>
    <message>
        <source>The access key of an IAM user made for Homing (IAM console &gt; Users &gt; Create user; then Security credentials &gt; Create access key). Give the user only the policy described under Secret access key, never your root account&apos;s keys.</source>
        <translation>为 Homing 单独创建的 IAM 用户的访问密钥（IAM 控制台 &gt; 用户 &gt; 创建用户；然后 安全凭证 &gt; 创建访问密钥）。只给该用户授予“私有访问密钥”说明中的策略，切勿使用根账户的密钥。</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>访问密钥 Secret（SecretAccessKey）</translation>
    </message>
    <message>
        <source>Shown once, when the access key is created. The user needs route53:ListHostedZonesByName (to find the zone; Resource &quot;*&quot;), route53:ListResourceRecordSets (to read the record) and route53:ChangeResourceRecordSets (to write it), the last two on arn:aws:route53:::hostedzone/ZONE_ID only. In IAM &gt; Policies &gt; Create policy &gt; JSON: {&quot;Version&quot;:&quot;2012-10-17&quot;,&quot;Statement&quot;:[{&quot;Effect&quot;:&quot;Allow&quot;,&quot;Action&quot;:&quot;route53:ListHostedZonesByName&quot;,&quot;Resource&quot;:&quot;*&quot;},{&quot;Effect&quot;:&quot;Allow&quot;,&quot;Action&quot;:[&quot;route53:ListResourceRecordSets&quot;,&quot;route53:ChangeResourceRecordSets&quot;],&quot;Resource&quot;:&quot;arn:aws:route53:::hostedzone/ZONE_ID&quot;}]}</source>
        <translation>只在创建访问密钥时显示一次。该用户需要 route53:ListHostedZonesByName（查找托管区域；资源 &quot;*&quot;）、route53:ListResourceRecordSets（读取记录）和 route53:ChangeResourceRecordSets（写入记录），后两项仅限 arn:aws:route53:::hostedzone/ZONE_ID。在 IAM &gt; 策略 &gt; 创建策略 &gt; JSON 中填写：{&quot;Version&quot;:&quot;2012-10-17&quot;,&quot;Statement&quot;:[{&quot;Effect&quot;:&quot;Allow&quot;,&quot;Action&quot;:&quot;route53:ListHostedZonesByName&quot;,&quot;Resource&quot;:&quot;*&quot;},{&quot;Effect&quot;:&quot;Allow&quot;,&quot;Action&quot;:[&quot;route53:ListResourceRecordSets&quot;,&quot;route53:ChangeResourceRecordSets&quot;],&quot;Resource&quot;:&quot;arn:aws:route53:::hostedzone/ZONE_ID&quot;}]}</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>托管区域 ID</translation>
    </message>
    <message>
        <source>Optional. The zone&apos;s ID from the Route 53 console (Hosted zones, e.g. Z148QEXAMPLE8V). When set, Homing uses that zone, public or private, without looking it up. When not set, Homing uses the longest public hosted zone that holds the name and never touches a private one.</source>
        <translation>可选。Route 53 控制台（托管区域）中的托管区域 ID，例如 Z148QEXAMPLE8V。设置后，Homing 直接使用该托管区域（公有或私有均可），不再查找。未设置时，Homing 使用包含该名称的最长公有托管区域，从不改动私有托管区域。</translation>
    </message>
    <message>
        <source>Set identifier</source>
        <translation>设置标识符</translation>
    </message>
    <message>
        <source>Optional. Homing leaves weighted, latency, failover, geolocation and other routing-policy record sets alone. To manage one of them, enter its Record ID (set identifier) from the Route 53 console; its routing settings stay as they are.</source>
        <translation>可选。Homing 不会改动加权、延迟、故障转移、地理位置等带路由策略的记录集。要管理其中一个，请填写 Route 53 控制台中它的记录 ID（设置标识符）；其路由设置保持不变。</translation>
    </message>
    <message>
        <source>The AccessKeyId of an IAM user for Homing alone: in the Volcengine console, Identity and Access Management &gt; Users, create a user with programmatic access, attach the policy DNSFullAccess (or a custom policy allowing dns:ListZones, dns:ListRecords, dns:CreateRecord and dns:UpdateRecord), and create an access key under the user&apos;s API keys.</source>
        <translation>专供 Homing 使用的 IAM 用户的 AccessKeyId：在火山引擎控制台的“访问控制 &gt; 用户”中创建一个允许编程访问的用户，为其授权策略 DNSFullAccess（或允许 dns:ListZones、dns:ListRecords、dns:CreateRecord 和 dns:UpdateRecord 的自定义策略），然后在该用户的“API 访问密钥”中新建访问密钥。</translation>
    </message>
    <message>
        <source>The SecretAccessKey shown once when the access key was created. Listing zones and records (the Test button) needs dns:ListZones and dns:ListRecords; updates also need dns:CreateRecord and dns:UpdateRecord. Never use the main account&apos;s key.</source>
        <translation>创建访问密钥时显示的 SecretAccessKey。列出域名和记录（“测试”按钮）需要 dns:ListZones 和 dns:ListRecords；更新还需要 dns:CreateRecord 和 dns:UpdateRecord。切勿使用主账号的密钥。</translation>
    </message>
    <message>
        <source>Optional. The ISP line of the record Homing manages, as Volcengine&apos;s API names it: default for the default line, or another line&apos;s value as the console&apos;s line list (the ListLines API) gives it for the zone&apos;s edition. Records of other lines are never changed.</source>
        <translation>可选。Homing 管理的记录所在的解析线路，按火山引擎 API 的写法填写：默认线路填 default，其他线路填写控制台线路列表（ListLines API）中该域名版本提供的线路值。其他线路的记录绝不会被更改。</translation>
    </message>
    <message>
        <source>Volcengine DNS</source>
        <translation>火山引擎云解析 DNS</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <source>The id of the server in the PowerDNS API: localhost for a PowerDNS Authoritative server of its own.</source>
        <translation>该服务器在 PowerDNS API 中的 id：独立运行的 PowerDNS 权威服务器为 localhost。</translation>
    </message>
    <message>
        <source>The zone that holds the records, such as example.com. Leave it empty to let Homing pick the longest of the server&apos;s zones that holds each record&apos;s name.</source>
        <translation>包含这些记录的区域，例如 example.com。留空则由 Homing 为每个记录名称选择服务器上包含它的最长区域。</translation>
    </message>
    <message>
        <source>The api-key of the server&apos;s pdns.conf (sent as X-API-Key). Set the account&apos;s endpoint to the PowerDNS webserver (webserver-address and webserver-port, such as https://dns.example.net:8081), and allow this computer in webserver-allow-from. The API key can change every zone: put the webserver behind HTTPS; plain HTTP to another computer needs the account&apos;s allow_insecure_http.</source>
        <translation>服务器 pdns.conf 中的 api-key（以 X-API-Key 发送）。请将账户的 endpoint 设为 PowerDNS 的 Web 服务器（webserver-address 和 webserver-port，例如 https://dns.example.net:8081），并在 webserver-allow-from 中允许本机。API 密钥可以修改所有区域：请让 Web 服务器走 HTTPS；通过明文 HTTP 访问另一台计算机需要在账户上设置 allow_insecure_http。</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>The address or host name of the primary server of the zone, which takes the updates (BIND, Knot, PowerDNS, Windows DNS).</source>
        <translation>该区域主服务器的地址或主机名，由它接收更新（BIND、Knot、PowerDNS、Windows DNS）。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>The server&apos;s DNS port; 53 unless it listens elsewhere.</source>
        <translation>服务器的 DNS 端口；除非它监听其他端口，否则为 53。</translation>
    </message>
    <message>
        <source>The zone that holds the names, such as example.com. Leave it empty to have the server&apos;s SOA of each name say it, as nsupdate does.</source>
        <translation>包含这些名称的区域，例如 example.com。留空则像 nsupdate 一样，由服务器上各名称的 SOA 确定所属区域。</translation>
    </message>
    <message>
        <source>TSIG key name</source>
        <translation>TSIG 密钥名称</translation>
    </message>
    <message>
        <source>The name of the key as the server knows it. Make a key for Homing alone (tsig-keygen -a hmac-sha256 homing-nas) and let it change only these names: in BIND, update-policy { grant homing-nas name nas.example.com. A AAAA; }; in Knot, an acl with action: update, update-type: [A, AAAA] and update-owner: name.</source>
        <translation>该密钥在服务器上的名称。请为 Homing 单独创建一个密钥（tsig-keygen -a hmac-sha256 homing-nas），并只允许它修改这些名称：BIND 中使用 update-policy { grant homing-nas name nas.example.com. A AAAA; }; Knot 中使用一条 acl，设置 action: update、update-type: [A, AAAA] 和 update-owner: name。</translation>
    </message>
    <message>
        <source>TSIG algorithm</source>
        <translation>TSIG 算法</translation>
    </message>
    <message>
        <source>TSIG secret</source>
        <translation>TSIG 密钥内容</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, the &quot;secret&quot; line of the key file without the quotes. It never leaves this computer: the server checks signatures made with it.</source>
        <translation>密钥内容（base64），即密钥文件中 &quot;secret&quot; 一行去掉引号后的值。它不会离开本机：服务器只校验用它生成的签名。</translation>
    </message>
    <message>
        <source>The key&apos;s algorithm, as its key file says: hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1. hmac-md5 is not accepted.</source>
        <translation>密钥的算法，以密钥文件中写的为准：hmac-sha256、hmac-sha512、hmac-sha384、hmac-sha224 或 hmac-sha1。不接受 hmac-md5。</translation>
    </message>
</context>
<context>
    <name>homing::RequestPolicy</name>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 不是 http(s) URL</translation>
    </message>
    <message>
        <source>Homing refused to send credentials to %1 over plain HTTP, where anyone on the way could read them. Use an https:// endpoint, or set &quot;allow_insecure_http&quot;: true on the account if this provider offers nothing better and you accept the risk</source>
        <translation>Homing 拒绝通过明文 HTTP 向 %1 发送凭据，因为传输途中的任何人都能读取它们。请使用 https:// 地址；如果该服务商没有更安全的方式且您愿意承担风险，可在账户上设置 &quot;allow_insecure_http&quot;: true</translation>
    </message>
    <message>
        <source>Homing refused to send a request to %1: its header %2 holds a line break or NUL character, which would change the request. Check the account&apos;s settings and secrets for a stray line break</source>
        <translation>Homing 拒绝向 %1 发送请求：其请求头 %2 含有换行符或 NUL 字符，会改变请求内容。请检查该账户的设置和凭据中是否有多余的换行</translation>
    </message>
</context>
<context>
    <name>homing::ResultKind</name>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>The provider rejected the credentials</source>
        <translation>服务商拒绝了凭据</translation>
    </message>
    <message>
        <source>The provider does not know this host name or zone</source>
        <translation>服务商处不存在此主机名或区域</translation>
    </message>
    <message>
        <source>The provider asked Homing to slow down</source>
        <translation>服务商要求 Homing 降低请求频率</translation>
    </message>
    <message>
        <source>The provider has blocked this host or this client</source>
        <translation>服务商已封禁此主机或此客户端</translation>
    </message>
    <message>
        <source>The provider reported a problem on its side</source>
        <translation>服务商报告其服务端出现问题</translation>
    </message>
    <message>
        <source>The provider could not be reached</source>
        <translation>无法连接到服务商</translation>
    </message>
    <message>
        <source>The provider&apos;s certificate could not be verified</source>
        <translation>无法验证服务商的证书</translation>
    </message>
    <message>
        <source>The provider sent an answer Homing does not understand</source>
        <translation>服务商返回了 Homing 无法识别的响应</translation>
    </message>
    <message>
        <source>The configuration cannot work as written</source>
        <translation>当前配置无法正常工作</translation>
    </message>
    <message>
        <source>No public address was detected</source>
        <translation>未检测到公网地址</translation>
    </message>
    <message>
        <source>The detected address is not reachable from the Internet</source>
        <translation>检测到的地址无法从互联网访问</translation>
    </message>
    <message>
        <source>The secret for this account could not be read</source>
        <translation>无法读取此账户的凭据</translation>
    </message>
    <message>
        <source>Check the account&apos;s user name, token or key, store the right secret, then retry. Homing sends nothing for this record until then.</source>
        <translation>请检查账户的用户名、令牌或密钥，保存正确的凭据后重试。在此之前，Homing 不会为此记录发送任何请求。</translation>
    </message>
    <message>
        <source>Check the record&apos;s name and that it belongs to this account, then retry. Homing sends nothing for this record until then.</source>
        <translation>请检查记录名称，并确认它属于此账户，然后重试。在此之前，Homing 不会为此记录发送任何请求。</translation>
    </message>
    <message>
        <source>Nothing to do: Homing waits as long as the provider asked and retries.</source>
        <translation>无需操作：Homing 会按服务商要求的时长等待，然后重试。</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s website and unblock the host, then retry. Homing sends nothing for this record until then.</source>
        <translation>请登录服务商网站解除对该主机的封禁，然后重试。在此之前，Homing 不会为此记录发送任何请求。</translation>
    </message>
    <message>
        <source>Nothing to do: Homing retries later, waiting longer after each failure.</source>
        <translation>无需操作：Homing 稍后会重试，每次失败后等待时间会逐渐延长。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s Internet connection and proxy. Homing retries later, waiting longer after each failure.</source>
        <translation>请检查本机的互联网连接和代理设置。Homing 稍后会重试，每次失败后等待时间会逐渐延长。</translation>
    </message>
    <message>
        <source>Check the system clock and, for a self-hosted server, the account&apos;s ca_file. Homing never sends credentials over an unverified connection.</source>
        <translation>请检查系统时钟；如果是自建服务器，还请检查账户的 ca_file。Homing 绝不会通过未经验证的连接发送凭据。</translation>
    </message>
    <message>
        <source>Check the account&apos;s endpoint. Homing retries later; if this persists, report it with the detail shown.</source>
        <translation>请检查账户的 endpoint。Homing 稍后会重试；如果问题持续存在，请附上所显示的详细信息报告此问题。</translation>
    </message>
    <message>
        <source>Correct the configuration (homing-cli check-config explains what is wrong), then retry.</source>
        <translation>请修正配置（homing-cli check-config 会说明问题所在），然后重试。</translation>
    </message>
    <message>
        <source>Check the IP sources in the configuration and this computer&apos;s connection; see homing-cli ip for each source&apos;s answer.</source>
        <translation>请检查配置中的 IP 来源以及本机的网络连接；运行 homing-cli ip 可查看每个来源的响应。</translation>
    </message>
    <message>
        <source>This network may be behind carrier-grade NAT or another router. Use IPv6, or set &quot;allow_private&quot;: true on the record if a private address is really what you want published.</source>
        <translation>本网络可能位于运营商级 NAT (CGNAT) 或另一台路由器之后。请改用 IPv6；如果确实要发布私有地址，请在该记录上设置 &quot;allow_private&quot;: true。</translation>
    </message>
    <message>
        <source>Unlock the system keychain, or store the secret with homing-cli secret set, or refer to it as env:NAME or file:PATH in the configuration.</source>
        <translation>请解锁系统密钥环，或用 homing-cli secret set 保存凭据，或在配置中以 env:NAME 或 file:PATH 引用凭据。</translation>
    </message>
    <message>
        <source>The provider refused the request because this computer&apos;s clock is wrong</source>
        <translation>服务商拒绝了请求，因为这台电脑的时钟不准</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date, time and time zone right (turn on network time synchronisation). Homing retries by itself, waiting longer after each failure.</source>
        <translation>请校正这台电脑的日期、时间和时区（开启网络时间同步）。Homing 会自行重试，每次失败后等待更久。</translation>
    </message>
</context>
<context>
    <name>homing::ResumeWatcher</name>
    <message>
        <source>no system D-Bus here, so Homing does not hear of resume from sleep; address changes and the check interval still apply</source>
        <translation>此处没有系统 D-Bus，Homing 无法得知从睡眠中唤醒；地址变化监视和检查间隔仍然有效</translation>
    </message>
    <message>
        <source>cannot subscribe to logind&apos;s sleep signal (%1); address changes and the check interval still apply</source>
        <translation>无法订阅 logind 的睡眠信号（%1）；地址变化监视和检查间隔仍然有效</translation>
    </message>
    <message>
        <source>cannot hear of resume from sleep (IORegisterForSystemPower failed); address changes and the check interval still apply</source>
        <translation>无法得知从睡眠中唤醒（IORegisterForSystemPower 失败）；地址变化监视和检查间隔仍然有效</translation>
    </message>
    <message>
        <source>cannot hear of resume from sleep (RegisterSuspendResumeNotification error %1); address changes and the check interval still apply</source>
        <translation>无法得知从睡眠中唤醒（RegisterSuspendResumeNotification 错误 %1）；地址变化监视和检查间隔仍然有效</translation>
    </message>
</context>
<context>
    <name>homing::RouterClient</name>
    <message>
        <source>The router at %1 does not offer NAT-PMP (nothing answers on its port 5351). Switch NAT-PMP on in the router, or use another source.</source>
        <translation>%1 处的路由器不提供 NAT-PMP（其 5351 端口无应答）。请在路由器中打开 NAT-PMP，或使用其他来源。</translation>
    </message>
    <message>
        <source>The router at %1 did not answer NAT-PMP within %2 ms. Switch NAT-PMP on in the router, or use another source.</source>
        <translation>%1 处的路由器在 %2 毫秒内没有应答 NAT-PMP。请在路由器中打开 NAT-PMP，或使用其他来源。</translation>
    </message>
    <message>
        <source>The router did not tell its WAN address over NAT-PMP: %1</source>
        <translation>路由器没有通过 NAT-PMP 告知其 WAN 地址：%1</translation>
    </message>
    <message>
        <source>The router&apos;s WAN address %1 is not public (%2): the router is behind another NAT, often the provider&apos;s carrier-grade NAT.</source>
        <translation>路由器的 WAN 地址 %1 不是公网地址（%2）：路由器位于另一层 NAT 之后，通常是运营商的运营商级 NAT。</translation>
    </message>
    <message>
        <source>NAT-PMP maps ports only to the computer that asks (%1), not to %2; use upnp to map to another computer</source>
        <translation>NAT-PMP 只能把端口映射到发出请求的计算机（%1），不能映射到 %2；要映射到其他计算机请使用 upnp</translation>
    </message>
    <message>
        <source>the router gave an answer UPnP does not define (miniupnpc error -1)</source>
        <translation>路由器给出了 UPnP 未定义的应答（miniupnpc 错误 -1）</translation>
    </message>
    <message>
        <source>the request to the router was malformed (miniupnpc error -2)</source>
        <translation>发给路由器的请求格式有误（miniupnpc 错误 -2）</translation>
    </message>
    <message>
        <source>the router&apos;s UPnP service could not be reached over HTTP; it may have restarted</source>
        <translation>无法通过 HTTP 连接路由器的 UPnP 服务；路由器可能刚刚重启</translation>
    </message>
    <message>
        <source>the router&apos;s UPnP answer could not be read</source>
        <translation>无法读取路由器的 UPnP 应答</translation>
    </message>
    <message>
        <source>out of memory while talking to the router</source>
        <translation>与路由器通信时内存不足</translation>
    </message>
    <message>
        <source>the router does not offer this UPnP action (401 Invalid Action)</source>
        <translation>路由器不提供这个 UPnP 操作（401 Invalid Action）</translation>
    </message>
    <message>
        <source>the router rejected the request&apos;s arguments (402 Invalid Args)</source>
        <translation>路由器拒绝了请求的参数（402 Invalid Args）</translation>
    </message>
    <message>
        <source>the router failed to carry out the request (501 Action Failed); its firewall may not be set up for UPnP</source>
        <translation>路由器未能执行请求（501 Action Failed）；它的防火墙可能没有为 UPnP 配置好</translation>
    </message>
    <message>
        <source>the router does not allow this computer to change port mappings (606 Action not authorized); allow it in the router&apos;s UPnP settings</source>
        <translation>路由器不允许这台计算机修改端口映射（606 Action not authorized）；请在路由器的 UPnP 设置中允许它</translation>
    </message>
    <message>
        <source>the router has no such port mapping (714 NoSuchEntryInArray)</source>
        <translation>路由器上没有这个端口映射（714 NoSuchEntryInArray）</translation>
    </message>
    <message>
        <source>the router does not accept wildcards in port mappings (%1)</source>
        <translation>路由器不接受端口映射中的通配符（%1）</translation>
    </message>
    <message>
        <source>the external port is already mapped to another computer (718 ConflictInMappingEntry); choose another external port or remove the other mapping in the router</source>
        <translation>这个外部端口已映射到另一台计算机（718 ConflictInMappingEntry）；请换一个外部端口，或在路由器中删除另一个映射</translation>
    </message>
    <message>
        <source>the router requires the external and internal ports to be the same (724 SamePortValuesRequired)</source>
        <translation>路由器要求外部端口与内部端口相同（724 SamePortValuesRequired）</translation>
    </message>
    <message>
        <source>the router supports only permanent port mappings (725 OnlyPermanentLeasesSupported)</source>
        <translation>路由器只支持永久端口映射（725 OnlyPermanentLeasesSupported）</translation>
    </message>
    <message>
        <source>the router has no room for more port mappings (728 NoPortMapsAvailable); remove some in the router</source>
        <translation>路由器已无法容纳更多端口映射（728 NoPortMapsAvailable）；请在路由器中删除一些</translation>
    </message>
    <message>
        <source>the port is in use by another of the router&apos;s mechanisms (729 ConflictWithOtherMechanisms)</source>
        <translation>该端口已被路由器的其他机制占用（729 ConflictWithOtherMechanisms）</translation>
    </message>
    <message>
        <source>the router refused with UPnP error %1</source>
        <translation>路由器以 UPnP 错误 %1 拒绝</translation>
    </message>
    <message>
        <source>the router does not support this NAT-PMP version (result 1)</source>
        <translation>路由器不支持这个 NAT-PMP 版本（结果 1）</translation>
    </message>
    <message>
        <source>the router does not allow this computer to map ports (NAT-PMP result 2, not authorized); allow it in the router&apos;s settings</source>
        <translation>路由器不允许这台计算机映射端口（NAT-PMP 结果 2，未授权）；请在路由器设置中允许它</translation>
    </message>
    <message>
        <source>the router has no public WAN address (NAT-PMP result 3, network failure): it is behind another NAT, often the provider&apos;s carrier-grade NAT</source>
        <translation>路由器没有公网 WAN 地址（NAT-PMP 结果 3，网络故障）：它位于另一层 NAT 之后，通常是运营商的运营商级 NAT</translation>
    </message>
    <message>
        <source>the router has no room for more port mappings (NAT-PMP result 4, out of resources)</source>
        <translation>路由器已无法容纳更多端口映射（NAT-PMP 结果 4，资源不足）</translation>
    </message>
    <message>
        <source>the router does not support this NAT-PMP request (result 5, unsupported opcode)</source>
        <translation>路由器不支持这个 NAT-PMP 请求（结果 5，不支持的操作码）</translation>
    </message>
    <message>
        <source>the router refused with NAT-PMP result %1</source>
        <translation>路由器以 NAT-PMP 结果 %1 拒绝</translation>
    </message>
    <message>
        <source>the router does not support this PCP version (result 1); try natpmp</source>
        <translation>路由器不支持这个 PCP 版本（结果 1）；请试试 natpmp</translation>
    </message>
    <message>
        <source>the router does not allow this computer to map ports (PCP result 2, not authorized)</source>
        <translation>路由器不允许这台计算机映射端口（PCP 结果 2，未授权）</translation>
    </message>
    <message>
        <source>the router could not read the PCP request (result 3, malformed request)</source>
        <translation>路由器无法读取 PCP 请求（结果 3，请求格式错误）</translation>
    </message>
    <message>
        <source>the router does not support this PCP request (result 4, unsupported opcode)</source>
        <translation>路由器不支持这个 PCP 请求（结果 4，不支持的操作码）</translation>
    </message>
    <message>
        <source>the router refused with PCP result %1</source>
        <translation>路由器以 PCP 结果 %1 拒绝</translation>
    </message>
    <message>
        <source>no default gateway was found to ask over NAT-PMP; give one with natpmp?gateway=ADDRESS</source>
        <translation>找不到可通过 NAT-PMP 询问的默认网关；请用 natpmp?gateway=地址 指定一个</translation>
    </message>
    <message>
        <source>the router did not answer NAT-PMP; it may not support it or have it switched off</source>
        <translation>路由器没有应答 NAT-PMP；它可能不支持或已关闭 NAT-PMP</translation>
    </message>
    <message>
        <source>NAT-PMP failed on this computer (libnatpmp error %1)</source>
        <translation>NAT-PMP 在这台计算机上失败（libnatpmp 错误 %1）</translation>
    </message>
    <message>
        <source>No UPnP router answered within %1 ms. Switch UPnP on in the router, or use another source.</source>
        <translation>%1 毫秒内没有 UPnP 路由器应答。请在路由器中打开 UPnP，或使用其他来源。</translation>
    </message>
    <message>
        <source>UPnP devices answered, but none is an Internet gateway (router). Switch UPnP IGD on in the router, or use another source.</source>
        <translation>有 UPnP 设备应答，但都不是互联网网关（路由器）。请在路由器中打开 UPnP IGD，或使用其他来源。</translation>
    </message>
    <message>
        <source>The router did not tell its WAN address over UPnP: %1</source>
        <translation>路由器没有通过 UPnP 告知其 WAN 地址：%1</translation>
    </message>
    <message>
        <source>The router has no public WAN address (UPnP gave none): it is behind another NAT, often the provider&apos;s carrier-grade NAT.</source>
        <translation>路由器没有公网 WAN 地址（UPnP 未给出地址）：它位于另一层 NAT 之后，通常是运营商的运营商级 NAT。</translation>
    </message>
    <message>
        <source>this router speaks NAT-PMP, not PCP; use natpmp</source>
        <translation>这台路由器只支持 NAT-PMP，不支持 PCP；请使用 natpmp</translation>
    </message>
    <message>
        <source>this router speaks PCP version %1, not version 2 (RFC 6887); use natpmp</source>
        <translation>这台路由器使用 PCP 第 %1 版，而不是第 2 版（RFC 6887）；请使用 natpmp</translation>
    </message>
    <message>
        <source>the router at %1 lost its PCP mappings (it restarted)</source>
        <translation>%1 处的路由器丢失了它的 PCP 映射（它重启过）</translation>
    </message>
    <message>
        <source>No default gateway was found to ask over PCP; give the router with pcp?gateway=ADDRESS.</source>
        <translation>找不到可通过 PCP 询问的默认网关；请用 pcp?gateway=地址 指定路由器。</translation>
    </message>
    <message>
        <source>The router at %1 does not offer PCP (nothing answers on its port 5351). Switch PCP or NAT-PMP on in the router, or use another source.</source>
        <translation>%1 处的路由器不提供 PCP（其 5351 端口无人应答）。请在路由器中开启 PCP 或 NAT-PMP，或改用其他来源。</translation>
    </message>
    <message>
        <source>PCP could not reach the router at %1: %2</source>
        <translation>PCP 无法连到 %1 处的路由器：%2</translation>
    </message>
    <message>
        <source>The router at %1 did not answer PCP within %2 ms. Switch PCP or NAT-PMP on in the router, or use another source.</source>
        <translation>%1 处的路由器在 %2 毫秒内没有应答 PCP。请在路由器中开启 PCP 或 NAT-PMP，或改用其他来源。</translation>
    </message>
    <message>
        <source>The router answered PCP without its WAN address.</source>
        <translation>路由器应答了 PCP，但没有给出它的 WAN 地址。</translation>
    </message>
    <message>
        <source>The router did not tell its WAN address over PCP: %1</source>
        <translation>路由器没有通过 PCP 告知它的 WAN 地址：%1</translation>
    </message>
    <message>
        <source>the router does not accept a PCP option Homing sent (result 5, unsupported option); to map a port for another computer, the router must allow PCP&apos;s THIRD_PARTY option</source>
        <translation>路由器不接受 Homing 发送的 PCP 选项（结果 5，不支持的选项）；要为另一台计算机映射端口，路由器必须允许 PCP 的 THIRD_PARTY 选项</translation>
    </message>
    <message>
        <source>the router rejected a PCP option (result 6, malformed option)</source>
        <translation>路由器拒绝了一个 PCP 选项（结果 6，选项格式错误）</translation>
    </message>
    <message>
        <source>the router has no public WAN address (PCP result 7, network failure): it is behind another NAT, often the provider&apos;s carrier-grade NAT</source>
        <translation>路由器没有公网 WAN 地址（PCP 结果 7，网络故障）：它位于另一层 NAT 之后，通常是运营商的运营商级 NAT</translation>
    </message>
    <message>
        <source>the router has no room for more mappings, or none for this one (PCP result 8, no resources)</source>
        <translation>路由器无法再添加映射，或无法添加这一条（PCP 结果 8，资源不足）</translation>
    </message>
    <message>
        <source>the router does not support this protocol in mappings (PCP result 9)</source>
        <translation>路由器的映射不支持此协议（PCP 结果 9）</translation>
    </message>
    <message>
        <source>the router has reached this computer&apos;s limit of mappings (PCP result 10, user exceeded quota)</source>
        <translation>路由器已达到这台计算机的映射上限（PCP 结果 10，超出用户配额）</translation>
    </message>
    <message>
        <source>the router cannot give the requested external address or port (PCP result 11)</source>
        <translation>路由器无法提供所请求的外部地址或端口（PCP 结果 11）</translation>
    </message>
    <message>
        <source>the router saw the request come from another address than it claims (PCP result 12, address mismatch): another NAT is between this computer and the router</source>
        <translation>路由器发现请求来自与其声明不同的地址（PCP 结果 12，地址不匹配）：这台计算机与路由器之间还有另一层 NAT</translation>
    </message>
    <message>
        <source>the router refused: too many remote peers (PCP result 13)</source>
        <translation>路由器拒绝了：远端对等方过多（PCP 结果 13）</translation>
    </message>
</context>
<context>
    <name>homing::RouterSource</name>
    <message>
        <source>&quot;%1&quot; is not a router source (use upnp, natpmp or pcp)</source>
        <translation>“%1”不是路由器来源（请使用 upnp、natpmp 或 pcp）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;?&quot; but no options after it</source>
        <translation>“%1”有“?”但后面没有选项</translation>
    </message>
    <message>
        <source>timeout_ms in &quot;%1&quot; must be a whole number of milliseconds from %2 to %3</source>
        <translation>“%1”中的 timeout_ms 必须是 %2 到 %3 之间的整数毫秒数</translation>
    </message>
    <message>
        <source>gateway in &quot;%1&quot;: UPnP finds the router by discovery; the gateway option is for natpmp and pcp</source>
        <translation>“%1”中的 gateway：UPnP 通过发现查找路由器；gateway 选项用于 natpmp 和 pcp</translation>
    </message>
    <message>
        <source>gateway in &quot;%1&quot; must be the router&apos;s IPv4 address, like 192.168.1.1</source>
        <translation>“%1”中的 gateway 必须是路由器的 IPv4 地址，例如 192.168.1.1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown option &quot;%2&quot; (known: timeout_ms%3)</source>
        <translation>“%1”有未知选项“%2”（已知：timeout_ms%3）</translation>
    </message>
    <message>
        <source>%1 gives only the router&apos;s IPv4 address; list &quot;%2&quot; under ip.ipv4.sources</source>
        <translation>%1 只提供路由器的 IPv4 地址；请把“%2”列在 ip.ipv4.sources 下</translation>
    </message>
</context>
<context>
    <name>homing::SecretResolver</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>the environment variable %1 is empty</source>
        <translation>环境变量 %1 为空</translation>
    </message>
    <message>
        <source>the secret file %1 does not exist</source>
        <translation>凭据文件 %1 不存在</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>凭据文件 %1 为空</translation>
    </message>
    <message>
        <source>not a local secret reference</source>
        <translation>不是本地凭据引用</translation>
    </message>
    <message>
        <source>no system keychain is available; refer to the secret as env:NAME or file:PATH instead</source>
        <translation>没有可用的系统密钥环；请改用 env:NAME 或 file:PATH 引用凭据</translation>
    </message>
    <message>
        <source>no secret is stored for account &quot;%1&quot;, field &quot;%2&quot;: run homing-cli secret set %1 %2</source>
        <translation>账户 &quot;%1&quot; 字段 &quot;%2&quot; 没有保存凭据：请运行 homing-cli secret set %1 %2</translation>
    </message>
</context>
<context>
    <name>homing::StatusReport</name>
    <message>
        <source>%1: not detected yet</source>
        <translation>%1：尚未检测到</translation>
    </message>
    <message>
        <source>%1: %2 (checked %3)</source>
        <translation>%1：%2（检测于 %3）</translation>
    </message>
    <message>
        <source>%1: no address accepted at %2: %3</source>
        <translation>%1：%2 时没有可采用的地址：%3</translation>
    </message>
    <message>
        <source>No records are configured.</source>
        <translation>未配置任何记录。</translation>
    </message>
    <message>
        <source>next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <source>Paused: no update runs by itself until Homing is resumed.</source>
        <translation>已暂停：在恢复 Homing 之前，不会自动运行任何更新。</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>live: every authoritative server serves it</source>
        <translation>已生效：所有权威服务器均已提供</translation>
    </message>
    <message>
        <source>not live yet: not every authoritative server serves it</source>
        <translation>尚未生效：尚有权威服务器未返回该值</translation>
    </message>
    <message>
        <source>resolvers&apos; caches let the old value go by %1</source>
        <translation>解析器缓存中的旧值最迟于 %1 过期</translation>
    </message>
    <message>
        <source>changed by someone else: it now points to %1 (since %2)</source>
        <translation>被他人修改：现在指向 %1（自 %2 起）</translation>
    </message>
    <message>
        <source>Double NAT</source>
        <translation>双重 NAT</translation>
    </message>
    <message>
        <source>Carrier-grade NAT</source>
        <translation>运营商级 NAT</translation>
    </message>
    <message>
        <source>%1 (since %2): %3</source>
        <translation>%1（自 %2 起）：%3</translation>
    </message>
    <message>
        <source>  The public address %1 is published anyway (publish_behind_cgnat).</source>
        <translation>  仍发布公网地址 %1（publish_behind_cgnat）。</translation>
    </message>
    <message>
        <source>  No IPv4 address is published.</source>
        <translation>  不发布 IPv4 地址。</translation>
    </message>
</context>
<context>
    <name>homing::UdpTcpDnsTransport</name>
    <message>
        <source>no answer from %1 in %2 s</source>
        <translation>%1 在 %2 秒内没有应答</translation>
    </message>
    <message>
        <source>the DNS server&apos;s name %1 could not be found (%2)</source>
        <translation>无法解析 DNS 服务器名称 %1（%2）</translation>
    </message>
    <message>
        <source>%1 refused: no DNS server listens there</source>
        <translation>%1 拒绝了请求：该地址上没有 DNS 服务器在监听</translation>
    </message>
    <message>
        <source>%1 answered another message</source>
        <translation>%1 的应答对应的是另一条消息</translation>
    </message>
    <message>
        <source>%1 refused a TCP connection: no DNS server listens there</source>
        <translation>%1 拒绝了 TCP 连接：该地址上没有 DNS 服务器在监听</translation>
    </message>
</context>
<context>
    <name>homing::UpdatePlanner</name>
    <message>
        <source>the configuration or a secret changed since it was blocked</source>
        <translation>自被阻止以来，配置或凭据已更改</translation>
    </message>
    <message>
        <source>%1 is a %2; it is not published unless the record sets &quot;allow_private&quot;: true</source>
        <translation>%1 是%2；除非该记录设置了 &quot;allow_private&quot;: true，否则不会发布</translation>
    </message>
    <message>
        <source>forced by the user</source>
        <translation>用户强制更新</translation>
    </message>
    <message>
        <source>first update</source>
        <translation>首次更新</translation>
    </message>
    <message>
        <source>keep-alive: the provider expires hosts that are not refreshed</source>
        <translation>保活更新：服务商会使长期未刷新的主机失效</translation>
    </message>
    <message>
        <source>the outcome of the last attempt is unknown</source>
        <translation>上次尝试的结果未知</translation>
    </message>
    <message>
        <source>address changed</source>
        <translation>地址已变化</translation>
    </message>
    <message>
        <source>someone else changed the record</source>
        <translation>记录被他人修改</translation>
    </message>
    <message>
        <source>the IPv6 prefix changed</source>
        <translation>IPv6 前缀已变化</translation>
    </message>
</context>
<context>
    <name>homing::UpdateScheduler</name>
    <message>
        <source>pass started: %1</source>
        <translation>开始一轮检查：%1</translation>
    </message>
</context>
<context>
    <name>homing::Updater</name>
    <message>
        <source>%1 address changed: %2 -&gt; %3</source>
        <translation>%1 地址已变化：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1 of %2 sources agree; %3</source>
        <translation>%2 个来源中有 %1 个一致；%3</translation>
    </message>
    <message>
        <source>the account could not be set up</source>
        <translation>无法初始化该账户</translation>
    </message>
    <message>
        <source>%1 %2: sending %3 (%4)</source>
        <translation>%1 %2：正在发送 %3（%4）</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2: the answer for several records did not say which one it was about; sending this one on its own</source>
        <translation>%1 %2：针对多条记录的响应没有说明是哪一条的结果；将单独再发送这一条</translation>
    </message>
    <message>
        <source>The router&apos;s address is public again; an A record can reach this host.</source>
        <translation>路由器的地址又是公网地址了；A 记录可以访问到这台主机。</translation>
    </message>
</context>
<context>
    <name>homing::VerificationReport</name>
    <message>
        <source>%1: no answer: %2</source>
        <translation>%1：无应答：%2</translation>
    </message>
    <message>
        <source>%1: no such record</source>
        <translation>%1：没有此记录</translation>
    </message>
    <message>
        <source>%1: %2 (TTL %3)</source>
        <translation>%1：%2（TTL %3）</translation>
    </message>
    <message>
        <source>No record has a value Homing set yet, so there is nothing to verify.</source>
        <translation>还没有哪条记录的值是 Homing 设置的，因此无需验证。</translation>
    </message>
    <message>
        <source>%1: not verified: %2</source>
        <translation>%1：未验证：%2</translation>
    </message>
    <message>
        <source>%1: live: every authoritative server serves %2</source>
        <translation>%1：已生效：所有权威服务器都已返回 %2</translation>
    </message>
    <message>
        <source>%1: not live: not every authoritative server serves %2</source>
        <translation>%1：未生效：尚有权威服务器未返回 %2</translation>
    </message>
    <message>
        <source>resolver %1</source>
        <translation>解析器 %1</translation>
    </message>
    <message>
        <source>caches let the old value go by %1</source>
        <translation>缓存中的旧值最迟于 %1 过期</translation>
    </message>
    <message>
        <source>changed by someone else to %1; the next update sets it back</source>
        <translation>已被他人改为 %1；下次更新时会改回</translation>
    </message>
    <message>
        <source>changed by someone else to %1; Homing already set it back today and leaves it for now</source>
        <translation>已被他人改为 %1；Homing 今天已改回过一次，暂不再改</translation>
    </message>
</context>
<context>
    <name>homing::cli</name>
    <message>
        <source>homing-cli: %1</source>
        <translation>homing-cli: %1</translation>
    </message>
    <message>
        <source>Run homing-cli --help for usage.</source>
        <translation>运行 homing-cli --help 查看用法。</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation>--%1 不适用于 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>homing-cli: there is no configuration at %1. Create it (see the README&apos;s example), or point --config-dir or HOMING_CONFIG_DIR at the directory that holds config.json.</source>
        <translation>homing-cli: %1 处没有配置。请创建配置（参见 README 中的示例），或用 --config-dir 或 HOMING_CONFIG_DIR 指向包含 config.json 的目录。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>homing-cli: %1 has errors; nothing was changed.</source>
        <translation>homing-cli: %1 有错误；未做任何更改。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>homing-cli: another Homing process (pid %1) already updates the records of %2. Use &quot;homing-cli status&quot; and &quot;homing-cli update&quot; to talk to it.</source>
        <translation>homing-cli: 另一个 Homing 进程（pid %1）已在更新 %2 的记录。请使用 &quot;homing-cli status&quot; 和 &quot;homing-cli update&quot; 与其交互。</translation>
    </message>
    <message>
        <source>cannot listen for commands (%1); homing-cli update and status will not reach this process</source>
        <translation>无法监听命令（%1）；homing-cli update 和 status 将无法连接到此进程</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message numerus="yes">
        <source>Homing %1 watching %n record(s); data in %2</source>
        <translation>
            <numerusform>Homing %1 正在监测 %n 条记录；数据目录：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no record named &quot;%1&quot; in the configuration</source>
        <translation>配置中没有名为 &quot;%1&quot; 的记录</translation>
    </message>
    <message>
        <source>homing-cli: another Homing process (pid %1) holds %2 and does not answer (%3).</source>
        <translation>homing-cli: 另一个 Homing 进程（pid %1）占用了 %2，但没有响应（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 (at least %3 source(s) must agree)</source>
        <translation>%1：%2（至少需要 %3 个来源一致）</translation>
    </message>
    <message>
        <source>%1: no address accepted: %2</source>
        <translation>%1：没有可采用的地址：%2</translation>
    </message>
    <message>
        <source>Neither IPv4 nor IPv6 detection is enabled in the configuration.</source>
        <translation>配置中 IPv4 和 IPv6 检测均未启用。</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>暂无历史记录。</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6 地址</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, 必填</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n account(s)</source>
        <translation>
            <numerusform>%1 有效：%n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record(s).</source>
        <translation>
            <numerusform>，%n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>account %1: secrets available (%2)</source>
        <translation>账户 %1：凭据可用（%2）</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>账户 %1：%2</translation>
    </message>
    <message>
        <source>use: homing-cli secret set ACCOUNT FIELD, or homing-cli secret delete ACCOUNT FIELD</source>
        <translation>用法：homing-cli secret set ACCOUNT FIELD 或 homing-cli secret delete ACCOUNT FIELD</translation>
    </message>
    <message>
        <source>no account has the id &quot;%1&quot;</source>
        <translation>没有 id 为 &quot;%1&quot; 的账户</translation>
    </message>
    <message>
        <source>provider %1 has no secret called &quot;%2&quot; (its secrets: %3)</source>
        <translation>服务商 %1 没有名为 &quot;%2&quot; 的凭据（其凭据有：%3）</translation>
    </message>
    <message>
        <source>warning: config.json takes this secret from %1, so the keychain value will not be used until accounts[].secrets.%2 is &quot;keychain&quot;.</source>
        <translation>警告：config.json 从 %1 获取此凭据，因此在 accounts[].secrets.%2 设为 &quot;keychain&quot; 之前，不会使用系统密钥环中的值。</translation>
    </message>
    <message>
        <source>Secret for account %1, field %2 (not shown): </source>
        <translation>账户 %1 字段 %2 的凭据（输入内容不会显示）：</translation>
    </message>
    <message>
        <source>the secret is empty; give it on standard input</source>
        <translation>凭据为空；请通过标准输入提供</translation>
    </message>
    <message>
        <source>Nothing was written anywhere else. Alternatives: refer to the secret in config.json as &quot;env:NAME&quot; (an environment variable) or &quot;file:PATH&quot; (a file only you can read).</source>
        <translation>凭据未写入其他任何位置。替代方案：在 config.json 中以 &quot;env:NAME&quot;（环境变量）或 &quot;file:PATH&quot;（仅您可读的文件）引用该凭据。</translation>
    </message>
    <message>
        <source>Stored the secret for account %1, field %2, in the system keychain.</source>
        <translation>已将账户 %1 字段 %2 的凭据保存到系统密钥环。</translation>
    </message>
    <message>
        <source>Removed the secret for account %1, field %2, from the system keychain.</source>
        <translation>已从系统密钥环删除账户 %1 字段 %2 的凭据。</translation>
    </message>
    <message>
        <source>homing-cli: the system keychain could not store the secret: %1</source>
        <translation>homing-cli：系统密钥环无法保存凭据：%1</translation>
    </message>
    <message>
        <source>homing-cli: the system keychain could not remove the secret: %1</source>
        <translation>homing-cli：系统密钥环无法删除凭据：%1</translation>
    </message>
    <message>
        <source>%1 is paused (&quot;paused&quot;: true in the configuration); resume it first</source>
        <translation>%1 已暂停（配置中为 &quot;paused&quot;: true）；请先恢复它</translation>
    </message>
    <message>
        <source>homing-cli: the running Homing refused: %1</source>
        <translation>homing-cli：正在运行的 Homing 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>use: homing-cli test-account ACCOUNT [--record NAME]</source>
        <translation>用法：homing-cli test-account ACCOUNT [--record NAME]</translation>
    </message>
    <message>
        <source>%1 has no way to check an account without updating a record; use homing-cli update --record NAME</source>
        <translation>%1 无法在不更新记录的情况下检查账户；请使用 homing-cli update --record NAME</translation>
    </message>
    <message>
        <source>account %1 has no record named &quot;%2&quot;</source>
        <translation>账户 %1 没有名为“%2”的记录</translation>
    </message>
    <message>
        <source>Usage: homing-cli [options] &lt;command&gt; [arguments]

Keeps DNS records pointed at this network&apos;s changing public address.

Commands:
  run                         Watch the address and update records until stopped
  update [--force] [--record NAME]
                              Detect and update once (asks a running daemon if any)
  status [--json]             Addresses and the state of every record
  verify [--record NAME] [--json]
                              Ask the authoritative servers whether they serve what Homing set
  ip [--json]                 Detect the addresses only: each source&apos;s answer
  history [--json] [--limit N]
                              Past updates and address changes
  providers [--json]          Supported providers and their settings
  check-config                Validate config.json and check the secrets it names
  test-account ACCOUNT [--record NAME]
                              Check an account&apos;s credentials and zone without changing anything
  secret set ACCOUNT FIELD    Store a secret in the system keychain (value from standard input)
  secret delete ACCOUNT FIELD Remove a secret from the system keychain

Options:
  --config-dir DIR            Directory of config.json (also HOMING_CONFIG_DIR)
  --data-dir DIR              Directory of state, history and log (also HOMING_DATA_DIR)
  -v, --verbose               More detail on standard error
  -h, --help                  Show this help
  --version                   Show the version

Exit status: 0 all records in sync (or success), 1 a record failed or is blocked, 2 usage or configuration error.
</source>
        <translation>用法：homing-cli [options] &lt;command&gt; [arguments]

让 DNS 记录始终指向本网络不断变化的公网地址。

命令：
  run                         持续监测地址并更新记录，直到被停止
  update [--force] [--record NAME]
                              检测并更新一次（如有正在运行的守护进程，则交由其执行）
  status [--json]             显示各地址及每条记录的状态
  verify [--record NAME] [--json]
                              询问权威服务器是否已提供 Homing 设置的值
  ip [--json]                 仅检测地址：显示每个来源的响应
  history [--json] [--limit N]
                              以往的更新和地址变化
  providers [--json]          支持的服务商及其设置项
  check-config                验证 config.json，并检查其中引用的凭据
  test-account ACCOUNT [--record NAME]
                              检查账户的凭据和域，不做任何更改
  secret set ACCOUNT FIELD    将凭据保存到系统密钥环（值从标准输入读取）
  secret delete ACCOUNT FIELD 从系统密钥环删除凭据

选项：
  --config-dir DIR            config.json 所在目录（也可用 HOMING_CONFIG_DIR 指定）
  --data-dir DIR              状态、历史记录和日志所在目录（也可用 HOMING_DATA_DIR 指定）
  -v, --verbose               在标准错误输出更多详细信息
  -h, --help                  显示此帮助
  --version                   显示版本

退出状态：0 所有记录均已同步（或操作成功），1 有记录更新失败或已被阻止，2 用法或配置错误。
</translation>
    </message>
    <message>
        <source>propagation checks are off (&quot;propagation&quot;: {&quot;enabled&quot;: false})</source>
        <translation>生效检查已关闭（&quot;propagation&quot;: {&quot;enabled&quot;: false}）</translation>
    </message>
    <message>
        <source>homing-cli: the running Homing did not answer: %1</source>
        <translation>homing-cli: 正在运行的 Homing 没有响应：%1</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 %2/%3 on %4 [%5] suffix %6, preferred %7, valid %8: %9</source>
        <translation>%1 %2/%3 位于 %4 [%5] 后缀 %6，首选 %7，有效 %8：%9</translation>
    </message>
</context>
<context>
    <name>homing::gui::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Homing %1&lt;/h3&gt;&lt;p&gt;Keeps your domain names pointing home: it watches this network&apos;s public address and updates your DNS records when it changes.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Homing %1&lt;/h3&gt;&lt;p&gt;让你的域名始终指向家里：它监测本网络的公网地址，并在地址变化时更新你的 DNS 记录。&lt;/p&gt;&lt;p&gt;许可证：MIT&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copies a report for a bug report: versions, the configuration without secrets, the status, the last 50 history entries and the last 200 log lines, with every known secret removed.</source>
        <translation>复制一份用于问题报告的信息：版本、不含凭据的配置、状态、最近 50 条历史和最近 200 行日志，所有已知的凭据都已移除。</translation>
    </message>
    <message>
        <source>Copied. Read it before you share it.</source>
        <translation>已复制。分享之前请先阅读一遍。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>homing::gui::AccountRecordEditor</name>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>未知的服务商“%1”</translation>
    </message>
    <message>
        <source>the account %1 is no longer in the configuration</source>
        <translation>账户 %1 已不在配置中</translation>
    </message>
    <message>
        <source>the record %1 is no longer in the configuration</source>
        <translation>记录 %1 已不在配置中</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>Enter the record&apos;s name, such as home.example.com.</source>
        <translation>请输入记录名称，例如 home.example.com。</translation>
    </message>
    <message>
        <source>Choose A (IPv4), AAAA (IPv6) or both.</source>
        <translation>请选择 A（IPv4）、AAAA（IPv6）或两者。</translation>
    </message>
    <message>
        <source>The account is not complete: %1</source>
        <translation>账户信息不完整：%1</translation>
    </message>
    <message>
        <source>The record is not complete: %1</source>
        <translation>记录信息不完整：%1</translation>
    </message>
    <message>
        <source>The configuration has an error elsewhere: %1</source>
        <translation>配置的其他部分有错误：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>the keychain did not store the %1: %2</source>
        <translation>钥匙串未能保存 %1：%2</translation>
    </message>
    <message>
        <source>the keychain did not give the %1 to move it to the new name: %2</source>
        <translation>钥匙串未能提供 %1，无法将其移到新名称下：%2</translation>
    </message>
    <message>
        <source>the account is removed, but the keychain kept its secrets: %1</source>
        <translation>账户已删除，但钥匙串中仍保留其凭据：%1</translation>
    </message>
    <message>
        <source>Enter a suffix or a MAC address, not both.</source>
        <translation>请填写后缀或 MAC 地址，不要两者都填。</translation>
    </message>
    <message>
        <source>The interface ID is %1; the address appears once Homing has detected this computer&apos;s IPv6 address.</source>
        <translation>接口标识为 %1；Homing 检测到本机的 IPv6 地址后，这里会显示完整地址。</translation>
    </message>
    <message>
        <source>Now %1 (the /%2 prefix of this computer&apos;s %3, then %4)</source>
        <translation>当前为 %1（取本机 %3 的 /%2 前缀，后接 %4）</translation>
    </message>
</context>
<context>
    <name>homing::gui::AddressCandidateModel</name>
    <message>
        <source>chosen</source>
        <translation>已选用</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>DAD failed</source>
        <translation>DAD 失败</translation>
    </message>
    <message>
        <source>ULA</source>
        <translation>ULA</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>链路本地</translation>
    </message>
    <message>
        <source>static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>stable-privacy</source>
        <translation>稳定隐私</translation>
    </message>
    <message>
        <source>EUI-64</source>
        <translation>EUI-64</translation>
    </message>
    <message>
        <source>DHCPv6</source>
        <translation>DHCPv6</translation>
    </message>
    <message>
        <source>The address this source gives for the records.</source>
        <translation>此来源为记录提供的地址。</translation>
    </message>
    <message>
        <source>A privacy address: it changes every day or so, so a record pointing at it soon goes stale.</source>
        <translation>隐私地址：大约每天更换一次，指向它的记录很快就会失效。</translation>
    </message>
    <message>
        <source>Its preferred lifetime has run out (often the previous prefix): it is about to go away.</source>
        <translation>首选生存期已到（通常是之前的前缀）：此地址即将失效。</translation>
    </message>
    <message>
        <source>Duplicate address detection has not finished: the address cannot be used yet.</source>
        <translation>重复地址检测尚未完成：此地址暂不可用。</translation>
    </message>
    <message>
        <source>Another device on the link uses this address: the system does not use it.</source>
        <translation>链路上另一台设备在使用此地址：系统不会使用它。</translation>
    </message>
    <message>
        <source>A unique local address (fc00::/7): reachable only inside this network.</source>
        <translation>唯一本地地址（fc00::/7）：只能在本网络内访问。</translation>
    </message>
    <message>
        <source>Valid only on this link: never reachable from elsewhere.</source>
        <translation>只在本链路上有效：从其他地方永远无法访问。</translation>
    </message>
    <message>
        <source>Configured by hand or permanent: it stays as it is.</source>
        <translation>手动配置或永久地址：保持不变。</translation>
    </message>
    <message>
        <source>A stable interface identifier (RFC 7217): the same on this network until the prefix changes.</source>
        <translation>稳定的接口标识（RFC 7217）：在本网络中保持不变，直到前缀改变。</translation>
    </message>
    <message>
        <source>An interface identifier made from the MAC address: stable, and it identifies the device.</source>
        <translation>由 MAC 地址生成的接口标识：稳定，但会暴露设备身份。</translation>
    </message>
    <message>
        <source>Leased by a DHCPv6 server.</source>
        <translation>由 DHCPv6 服务器分配。</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The router&apos;s WAN address is not public: carrier-grade or double NAT.</source>
        <translation>路由器的 WAN 地址不是公网地址：运营商级 NAT 或双重 NAT。</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>没有回答</translation>
    </message>
    <message>
        <source>Answered; this is the address the records get</source>
        <translation>已回答；记录将使用此地址</translation>
    </message>
    <message>
        <source>Answered; another address was accepted</source>
        <translation>已回答；但采用了另一个地址</translation>
    </message>
    <message>
        <source>Source / interface</source>
        <translation>来源 / 接口</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Preferred for</source>
        <translation>首选剩余</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效剩余</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>homing::gui::AddressesView</name>
    <message>
        <source>Address sources and candidates</source>
        <translation>地址来源与候选地址</translation>
    </message>
</context>
<context>
    <name>homing::gui::CgnatNotice</name>
    <message>
        <source>This host is behind double NAT</source>
        <translation>本机位于双重 NAT 之后</translation>
    </message>
    <message>
        <source>This host is behind carrier-grade NAT</source>
        <translation>本机位于运营商级 NAT 之后</translation>
    </message>
    <message>
        <source>the router&apos;s WAN address is %1</source>
        <translation>路由器的 WAN 地址是 %1</translation>
    </message>
    <message>
        <source>the echo services see %1</source>
        <translation>回显服务看到的是 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>IPv4 is published anyway, as you asked: the A records will not reach this host from outside.</source>
        <translation>已按你的要求仍然发布 IPv4：从外部无法通过 A 记录访问本机。</translation>
    </message>
    <message>
        <source>Homing does not publish the IPv4 address; IPv6 records are updated as usual.</source>
        <translation>Homing 不发布 IPv4 地址；IPv6 记录照常更新。</translation>
    </message>
</context>
<context>
    <name>homing::gui::ConfigEditor</name>
    <message>
        <source>the record %1 is no longer in the configuration</source>
        <translation>记录 %1 已不在配置中</translation>
    </message>
    <message>
        <source>the configuration would have errors, so nothing was saved: %1 (homing-cli check-config lists them all)</source>
        <translation>配置将会出错，因此未保存任何内容：%1（homing-cli check-config 会列出全部错误）</translation>
    </message>
</context>
<context>
    <name>homing::gui::EditorDialog</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>The account&apos;s secrets are kept in the keychain under its name. Homing copies them to the new name &quot;%1&quot;. What should happen to the entries under the old name &quot;%2&quot;?</source>
        <translation>账户的凭据以账户名保存在钥匙串中。Homing 会将它们复制到新名称“%1”下。旧名称“%2”下的条目要如何处理？</translation>
    </message>
    <message>
        <source>Delete the old entries</source>
        <translation>删除旧条目</translation>
    </message>
    <message>
        <source>Keep them too</source>
        <translation>同时保留</translation>
    </message>
</context>
<context>
    <name>homing::gui::EntryForm</name>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Why it cannot be saved yet</source>
        <translation>暂时无法保存的原因</translation>
    </message>
    <message>
        <source>Account name in Homing</source>
        <translation>账户在 Homing 中的名称</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>显示高级设置</translation>
    </message>
    <message>
        <source>The provider&apos;s own address</source>
        <translation>服务商自己的地址</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Only for a server of your own or a test server: the base URL Homing sends to instead of the provider&apos;s.</source>
        <translation>仅用于自建服务器或测试服务器：Homing 将请求发送到此基础 URL，而不是服务商的地址。</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>额外的 CA 证书文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Extra CA certificate:</source>
        <translation>额外的 CA 证书：</translation>
    </message>
    <message>
        <source>Proxy for this account</source>
        <translation>此账户使用的代理</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Account of the record</source>
        <translation>记录所属的账户</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>Record name</source>
        <translation>记录名称</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Time to live in seconds</source>
        <translation>生存时间（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Provider&apos;s default</source>
        <translation>服务商默认值</translation>
    </message>
    <message>
        <source>&amp;Paused (Homing sends nothing for this record)</source>
        <translation>已暂停(&amp;P)（Homing 不会为此记录发送任何内容）</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 账户</translation>
    </message>
    <message>
        <source>A (IPv4)</source>
        <translation>A（IPv4）</translation>
    </message>
    <message>
        <source>AAAA (IPv6)</source>
        <translation>AAAA（IPv6）</translation>
    </message>
    <message>
        <source>A and AAAA (IPv4 and IPv6)</source>
        <translation>A 和 AAAA（IPv4 和 IPv6）</translation>
    </message>
    <message>
        <source>&amp;Test (sends a real update)</source>
        <translation>测试(&amp;T)（会发送一次真实更新）</translation>
    </message>
    <message>
        <source>This service has no way to check an account without changing a record: Test sends one real update of the record with this computer&apos;s current address.</source>
        <translation>此服务无法在不修改记录的情况下检查账户：测试会用本机当前地址对该记录发送一次真实更新。</translation>
    </message>
    <message>
        <source>Test checks the settings with the provider and changes nothing.</source>
        <translation>测试会向服务商核对这些设置，不做任何更改。</translation>
    </message>
    <message>
        <source>From %1 to %2 seconds, or the provider&apos;s default.</source>
        <translation>%1 到 %2 秒，或使用服务商默认值。</translation>
    </message>
    <message>
        <source>Asking the keychain whether one is stored… (waiting for the keyring)</source>
        <translation>正在询问钥匙串是否已保存…（等待密钥环）</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave this empty to keep it; type a new one to replace it.</source>
        <translation>已保存在钥匙串中。留空则保持不变；输入新值则替换。</translation>
    </message>
    <message>
        <source>Saved to the system keychain, never to a file.</source>
        <translation>保存到系统钥匙串，绝不写入文件。</translation>
    </message>
    <message>
        <source>Not stored yet: type it to save it to the keychain.</source>
        <translation>尚未保存：输入后将保存到钥匙串。</translation>
    </message>
    <message>
        <source>Read from %1, as config.json says. Type one here to keep it in the keychain instead.</source>
        <translation>按 config.json 的设置从 %1 读取。在此输入则改为保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The keychain does not answer (%1). Homing never stores secrets in plain text: unlock the keyring, or refer to the secret as env:NAME or file:PATH in config.json.</source>
        <translation>钥匙串没有响应（%1）。Homing 绝不以明文保存凭据：请解锁密钥环，或在 config.json 中以 env:NAME 或 file:PATH 引用该凭据。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>✔ It works: the provider accepted the update.</source>
        <translation>✔ 可以使用：服务商接受了更新。</translation>
    </message>
    <message>
        <source>✔ It works.</source>
        <translation>✔ 可以使用。</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>服务商返回：%1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>TT&amp;L:</source>
        <translation>TTL(&amp;L)：</translation>
    </message>
    <message>
        <source>How this account&apos;s provider is reached. &quot;As in Settings&quot; follows the proxy chosen in Settings for all providers.</source>
        <translation>访问此账户服务商的方式。“与设置相同”表示使用“设置”中为所有服务商选择的代理。</translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation>允许明文 HTTP</translation>
    </message>
    <message>
        <source>The password then travels readable by anyone on the way. Only for services that offer nothing else (Oray).</source>
        <translation>此时密码在传输途中可被任何人读取。仅用于不提供其他方式的服务（如花生壳）。</translation>
    </message>
    <message>
        <source>Account and record settings</source>
        <translation>账户和记录设置</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>尚无可保存的内容。</translation>
    </message>
    <message>
        <source>Al&amp;ways set it back when someone else changes it</source>
        <translation>被他人修改时总是改回(&amp;W)</translation>
    </message>
    <message>
        <source>Homing checks what the zone&apos;s servers serve. When the record was changed by someone else, Homing warns you and sets it back at most once a day; with this on, at every check.</source>
        <translation>Homing 会检查该区域的服务器返回的值。记录被他人修改时，Homing 会提醒您，并每天最多改回一次；勾选此项后，每次检查时都会改回。</translation>
    </message>
    <message>
        <source>Whose address the record holds</source>
        <translation>记录保存谁的地址</translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation>本机的地址</translation>
    </message>
    <message>
        <source>Another device&apos;s: this prefix and its suffix</source>
        <translation>另一台设备的：本机前缀加其后缀</translation>
    </message>
    <message>
        <source>Another device&apos;s: this prefix and its MAC address</source>
        <translation>另一台设备的：本机前缀加其 MAC 地址</translation>
    </message>
    <message>
        <source>A NAS or camera on this network keeps its own interface ID while the provider changes the prefix: Homing publishes this computer&apos;s current prefix followed by the device&apos;s part.</source>
        <translation>本网络中的 NAS 或摄像头在运营商更换前缀时保留自己的接口标识：Homing 发布本机当前的前缀，后接该设备自己的部分。</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S)：</translation>
    </message>
    <message>
        <source>Device&apos;s pa&amp;rt:</source>
        <translation>设备部分(&amp;R)：</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>前缀长度</translation>
    </message>
    <message>
        <source>How many leading bits come from this computer&apos;s address: 64 on most networks; shorter (such as 56) when the device sits in another subnet of the delegated prefix and its part carries the subnet.</source>
        <translation>有多少个开头的位取自本机地址：大多数网络为 64；当设备位于所分配前缀的另一个子网、且它的部分包含子网号时，取更短的值（如 56）。</translation>
    </message>
    <message>
        <source>Prefi&amp;x length:</source>
        <translation>前缀长度(&amp;X)：</translation>
    </message>
    <message>
        <source>The device&apos;s MAC address</source>
        <translation>设备的 MAC 地址</translation>
    </message>
    <message>
        <source>The device&apos;s IPv6 suffix</source>
        <translation>设备的 IPv6 后缀</translation>
    </message>
</context>
<context>
    <name>homing::gui::FieldsForm</name>
    <message>
        <source>Not set (leave it as it is)</source>
        <translation>不设置（保持原样）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>不设置</translation>
    </message>
</context>
<context>
    <name>homing::gui::HistoryModel</name>
    <message>
        <source>(address %1)</source>
        <translation>（%1 地址）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>地址已变化</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>被他人修改</translation>
    </message>
</context>
<context>
    <name>homing::gui::LoginItem</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot change the Run key in the registry</source>
        <translation>无法修改注册表中的 Run 键</translation>
    </message>
</context>
<context>
    <name>homing::gui::MainWindow</name>
    <message>
        <source>Homing</source>
        <translation>Homing</translation>
    </message>
    <message>
        <source>Current public addresses</source>
        <translation>当前公网地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Who updates the records</source>
        <translation>由谁更新记录</translation>
    </message>
    <message>
        <source>&amp;Update now</source>
        <translation>立即更新(&amp;U)</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Address not checked yet</source>
        <translation>尚未检查地址</translation>
    </message>
    <message>
        <source>Following the Homing service that runs on this computer (homing-cli run).</source>
        <translation>正在跟随本机运行的 Homing 服务（homing-cli run）。</translation>
    </message>
    <message>
        <source>Homing updates the records while this app runs.</source>
        <translation>本应用运行期间由 Homing 更新记录。</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Homing could not change config.json: %1</source>
        <translation>Homing 无法修改 config.json：%1</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>显示以下对象的历史</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>地址变化</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Homing could not write %1: %2</source>
        <translation>Homing 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Add record…</source>
        <translation>添加记录(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>账户(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the addresses</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit &amp;account %1…</source>
        <translation>编辑账户 %1(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>编辑账户 %1</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>移除记录</translation>
    </message>
    <message>
        <source>Remove %1 from Homing? The record stays at the provider as it is; Homing stops updating it.</source>
        <translation>从 Homing 中移除 %1？服务商处的记录保持不变；Homing 将停止更新它。</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>未移除任何内容：%1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove the account %1 and its records from Homing? The records stay at the provider as they are. What should happen to the account&apos;s secrets in the keychain?</source>
        <translation>从 Homing 中移除账户 %1 及其记录？服务商处的记录保持不变。钥匙串中该账户的凭据要如何处理？</translation>
    </message>
    <message>
        <source>Remove, and delete its secrets</source>
        <translation>移除，并删除其凭据</translation>
    </message>
    <message>
        <source>Remove, keep its secrets</source>
        <translation>移除，保留其凭据</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Add your first record&lt;/h3&gt;&lt;p&gt;Homing watches this network&apos;s address. Add a record, and Homing keeps its name pointing here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;添加你的第一条记录&lt;/h3&gt;&lt;p&gt;Homing 正在监测本网络的地址。添加一条记录后，Homing 会让它的名称始终指向这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add your first record…</source>
        <translation>添加第一条记录(&amp;A)…</translation>
    </message>
    <message>
        <source>How the addresses were found</source>
        <translation>地址是如何得到的</translation>
    </message>
    <message>
        <source>Records and history</source>
        <translation>记录和历史</translation>
    </message>
    <message>
        <source>Carrier-grade NAT</source>
        <translation>运营商级 NAT</translation>
    </message>
    <message>
        <source>A&amp;ddresses</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Port mappings</source>
        <translation>端口映射(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Port mappings (%1 refused)</source>
        <translation>端口映射(&amp;P)(%1 个被拒绝)</translation>
    </message>
</context>
<context>
    <name>homing::gui::NotificationPresenter</name>
    <message>
        <source>Open Homing</source>
        <translation>打开 Homing</translation>
    </message>
</context>
<context>
    <name>homing::gui::OverallState</name>
    <message>
        <source>no %1 address</source>
        <translation>没有 %1 地址</translation>
    </message>
    <message>
        <source>%1 not checked yet</source>
        <translation>%1 尚未检查</translation>
    </message>
    <message>
        <source>Checking the address and updating…</source>
        <translation>正在检查地址并更新…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) blocked: %1</source>
        <translation>
            <numerusform>%n 条记录已阻止：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failing: %1</source>
        <translation>
            <numerusform>%n 条记录失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No public address was found</source>
        <translation>未找到公网地址</translation>
    </message>
    <message>
        <source>Paused: nothing is updated until you resume</source>
        <translation>已暂停：在你恢复之前不会更新任何内容</translation>
    </message>
    <message>
        <source>No records yet: watching the address</source>
        <translation>尚无记录：正在监测地址</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting for the first update</source>
        <translation>
            <numerusform>%n 条记录等待首次更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) point here</source>
        <translation>
            <numerusform>全部 %n 条记录都指向这里</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: asked %2</source>
        <translation>%1：查询于 %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sources agreed, asked %4</source>
        <translation>%1：%3 个来源中有 %2 个一致，查询于 %4</translation>
    </message>
</context>
<context>
    <name>homing::gui::PortMappingModel</name>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Requesting</source>
        <translation>请求中</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>never (permanent lease)</source>
        <translation>永不（永久租约）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>External → host:internal</source>
        <translation>外部 → 主机:内部</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Router&apos;s reason</source>
        <translation>路由器给出的原因</translation>
    </message>
</context>
<context>
    <name>homing::gui::PortMappingsView</name>
    <message>
        <source>Port mappings</source>
        <translation>端口映射</translation>
    </message>
</context>
<context>
    <name>homing::gui::ProviderListModel</name>
    <message>
        <source>DDNS services</source>
        <translation>DDNS 服务</translation>
    </message>
    <message>
        <source>Cloud DNS</source>
        <translation>云解析 DNS</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>自建服务</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>homing::gui::ProxyField</name>
    <message>
        <source>As in Settings</source>
        <translation>与设置相同</translation>
    </message>
    <message>
        <source>System proxy (default)</source>
        <translation>系统代理（默认）</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy, direct (default)</source>
        <translation>不使用代理，直连（默认）</translation>
    </message>
    <message>
        <source>No proxy, direct</source>
        <translation>不使用代理，直连</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>代理地址</translation>
    </message>
</context>
<context>
    <name>homing::gui::RecordTableModel</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Waiting for update</source>
        <translation>等待更新</translation>
    </message>
    <message>
        <source>Failing, will retry</source>
        <translation>失败，将重试</translation>
    </message>
    <message>
        <source>Blocked until you act</source>
        <translation>已阻止，需要你处理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Confirmed value</source>
        <translation>已确认的值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>caches clear in %1:%2</source>
        <translation>缓存 %1:%2 后清除</translation>
    </message>
    <message>
        <source>caches clear in %1 min</source>
        <translation>缓存 %1 分钟后清除</translation>
    </message>
    <message>
        <source>caches clear in %1 h</source>
        <translation>缓存 %1 小时后清除</translation>
    </message>
    <message>
        <source>caches clear in %1 h %2 min</source>
        <translation>缓存 %1 小时 %2 分钟后清除</translation>
    </message>
    <message>
        <source>Changed by someone else: now %1</source>
        <translation>已被他人修改：现为 %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Someone else changed this record: it now points to %1, which Homing did not set (since %2).</source>
        <translation>此记录已被他人修改：现在指向 %1，这不是 Homing 设置的值（自 %2 起）。</translation>
    </message>
    <message>
        <source>Homing sets it back at every check, as the record&apos;s settings ask.</source>
        <translation>按照此记录的设置，Homing 每次检查时都会将其改回。</translation>
    </message>
    <message>
        <source>Homing sets it back at most once a day; to set it back at every check, edit the record and tick “Always set it back”.</source>
        <translation>Homing 每天最多将其改回一次；如需每次检查时都改回，请编辑此记录并勾选“被他人修改时总是改回”。</translation>
    </message>
    <message>
        <source>Every authoritative server serves %1.</source>
        <translation>所有权威服务器都已返回 %1。</translation>
    </message>
    <message>
        <source>Not every authoritative server serves %1 yet.</source>
        <translation>尚有权威服务器未返回 %1。</translation>
    </message>
    <message>
        <source>Not checked: Homing has not asked the authoritative servers yet, or checks are off.</source>
        <translation>未检查：Homing 尚未查询权威服务器，或生效检查已关闭。</translation>
    </message>
    <message>
        <source>Authoritative servers:</source>
        <translation>权威服务器：</translation>
    </message>
    <message>
        <source>  %1: no answer: %2</source>
        <translation>  %1：无应答：%2</translation>
    </message>
    <message>
        <source>  %1: no such record</source>
        <translation>  %1：没有此记录</translation>
    </message>
    <message>
        <source>  %1: %2 (TTL %3 s)</source>
        <translation>  %1：%2（TTL %3 秒）</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>上次检查：%1</translation>
    </message>
    <message>
        <source>The last check could not ask them: %1</source>
        <translation>上次检查未能查询权威服务器：%1</translation>
    </message>
    <message>
        <source>Public resolvers may serve the old value until %1.</source>
        <translation>公共解析服务器在 %1 之前可能仍返回旧值。</translation>
    </message>
</context>
<context>
    <name>homing::gui::SettingsDialog</name>
    <message>
        <source>Start Homing when I log in</source>
        <translation>登录时启动 Homing</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Check the address every (seconds)</source>
        <translation>检查地址的间隔（秒）</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Check the address every</source>
        <translation>检查地址的间隔</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>在以下情况通知我</translation>
    </message>
    <message>
        <source>the public address changes</source>
        <translation>公网地址变化时</translation>
    </message>
    <message>
        <source>a record is updated</source>
        <translation>记录更新时</translation>
    </message>
    <message>
        <source>a record starts failing</source>
        <translation>记录开始失败时</translation>
    </message>
    <message>
        <source>a record works again</source>
        <translation>记录恢复正常时</translation>
    </message>
    <message>
        <source>a record is blocked</source>
        <translation>记录被阻止时</translation>
    </message>
    <message>
        <source>no public address can be found</source>
        <translation>找不到公网地址时</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Open the &amp;log</source>
        <translation>打开日志(&amp;L)</translation>
    </message>
    <message>
        <source>Homing</source>
        <translation>Homing</translation>
    </message>
    <message>
        <source>Some settings could not be saved:
%1</source>
        <translation>部分设置无法保存：
%1</translation>
    </message>
    <message>
        <source>How often Homing asks the echo services for this network&apos;s address. At least %1 seconds.</source>
        <translation>Homing 向回显服务查询本网络地址的频率。至少 %1 秒。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Proxy for providers</source>
        <translation>服务商使用的代理</translation>
    </message>
    <message>
        <source>Proxy for address detection</source>
        <translation>地址检测使用的代理</translation>
    </message>
    <message>
        <source>Echo services asked through a proxy see the proxy&apos;s address, not this network&apos;s: keep this direct unless this computer has no direct way out.</source>
        <translation>通过代理访问回显服务时，它们看到的是代理的地址而不是本网络的地址：除非本机无法直接访问外网，否则请保持直连。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Address detection</source>
        <translation>地址检测</translation>
    </message>
    <message>
        <source>someone else changes a record</source>
        <translation>记录被他人修改时</translation>
    </message>
    <message>
        <source>this host is found behind carrier-grade NAT</source>
        <translation>发现这台主机位于运营商级 NAT 之后</translation>
    </message>
    <message>
        <source>the router does not forward a port</source>
        <translation>路由器未转发某个端口</translation>
    </message>
    <message>
        <source>The sources were not saved: %1</source>
        <translation>地址来源未保存：%1</translation>
    </message>
</context>
<context>
    <name>homing::gui::SetupWizard</name>
    <message>
        <source>Set up Homing</source>
        <translation>设置 Homing</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Where is your domain&apos;s DNS?</source>
        <translation>你的域名解析托管在哪里？</translation>
    </message>
    <message>
        <source>Choose the service that holds the name Homing should keep pointing at this network.</source>
        <translation>请选择托管该名称的服务，Homing 会让这个名称始终指向本网络。</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>搜索服务商</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Your account and record</source>
        <translation>你的账户和记录</translation>
    </message>
    <message>
        <source>Enter what the provider gave you, and the name to keep pointing here. Press Test to check it before saving.</source>
        <translation>请输入服务商提供的信息，以及要指向这里的名称。保存前可按“测试”进行检查。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>&amp;Start Homing when I log in</source>
        <translation>登录时启动 Homing(&amp;S)</translation>
    </message>
    <message>
        <source>A and AAAA</source>
        <translation>A 和 AAAA</translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Finish saves the secret to the system keychain and the settings to config.json, then Homing updates %1 (%2) at once and keeps it pointing at this network&apos;s address.</source>
        <translation>点击“完成”后，凭据保存到系统钥匙串，设置保存到 config.json，随后 Homing 立即更新 %1（%2），并让它始终指向本网络的地址。</translation>
    </message>
    <message>
        <source>One step left: save, and Homing starts updating.</source>
        <translation>只差一步：保存后 Homing 即开始更新。</translation>
    </message>
</context>
<context>
    <name>homing::gui::SourcePreview</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is listed twice; a source cannot agree with itself</source>
        <translation>%1 列出了两次；一个来源不能与自己达成一致</translation>
    </message>
    <message>
        <source>No source is listed.</source>
        <translation>没有列出任何来源。</translation>
    </message>
    <message>
        <source>None of these sources could be created.</source>
        <translation>这些来源都无法创建。</translation>
    </message>
</context>
<context>
    <name>homing::gui::SourceRulesBox</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Where the address comes from</source>
        <translation>地址从哪里来</translation>
    </message>
    <message>
        <source>Sources, separated by spaces: echo services (https://…), interface:NAME or interface:* with rules such as ?suffix=stable-privacy or ?prefix=2408:8207::/32, upnp, natpmp. Empty: Homing&apos;s defaults.</source>
        <translation>来源，以空格分隔：回显服务（https://…）、interface:名称 或 interface:*（可加规则，如 ?suffix=stable-privacy 或 ?prefix=2408:8207::/32）、upnp、natpmp。留空：使用 Homing 的默认来源。</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 来源</translation>
    </message>
    <message>
        <source>Ask these sources now and show which address they would choose, and why</source>
        <translation>立即询问这些来源，并显示它们会选用哪个地址及原因</translation>
    </message>
    <message>
        <source>Type a source to see which address it would choose, before saving.</source>
        <translation>输入来源，保存前即可看到它会选用哪个地址。</translation>
    </message>
    <message>
        <source>IPv4 sources</source>
        <translation>IPv4 来源</translation>
    </message>
    <message>
        <source>IPv6 sources</source>
        <translation>IPv6 来源</translation>
    </message>
    <message>
        <source>%1 sources: %2</source>
        <translation>%1 来源：%2</translation>
    </message>
    <message>
        <source>Asking the %1 sources…</source>
        <translation>正在询问 %1 来源…</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1：%2</translation>
    </message>
    <message>
        <source>✘ %1: no address would be accepted: %2</source>
        <translation>✘ %1：不会采用任何地址：%2</translation>
    </message>
    <message>
        <source>✔ %1 would be %2 (from %3)</source>
        <translation>✔ %1 将是 %2（来自 %3）</translation>
    </message>
    <message>
        <source>✔ %1 would be %2 (from %3): %4</source>
        <translation>✔ %1 将是 %2（来自 %3）：%4</translation>
    </message>
</context>
<context>
    <name>homing::gui::TrayApplication</name>
    <message>
        <source>Homing</source>
        <translation>Homing</translation>
    </message>
    <message>
        <source>Another Homing process (pid %1) updates the records of %2, and this app cannot reach it: %3</source>
        <translation>另一个 Homing 进程（pid %1）正在更新 %2 的记录，而本应用无法与它通信：%3</translation>
    </message>
    <message>
        <source>The Homing service stopped; this app stops following it.</source>
        <translation>Homing 服务已停止；本应用不再跟随它。</translation>
    </message>
    <message>
        <source>%1 has errors; Homing changed nothing:
%2</source>
        <translation>%1 有错误；Homing 未做任何更改：
%2</translation>
    </message>
    <message>
        <source>&amp;Update now</source>
        <translation>立即更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Homing</source>
        <translation>打开 Homing(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Address not checked yet</source>
        <translation>尚未检查地址</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Homing could not change config.json: %1</source>
        <translation>Homing 无法修改 config.json：%1</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>登录时启动(&amp;L)</translation>
    </message>
    <message>
        <source>Start at &amp;login (turned off in the system&apos;s startup settings)</source>
        <translation>登录时启动(&amp;L)（已在系统的启动设置中关闭）</translation>
    </message>
    <message>
        <source>Start at &amp;login (waiting for your approval in System Settings)</source>
        <translation>登录时启动(&amp;L)（等待你在“系统设置”中批准）</translation>
    </message>
    <message>
        <source>Homing could not change whether it starts at login: %1</source>
        <translation>Homing 无法更改登录时是否启动：%1</translation>
    </message>
    <message>
        <source>&amp;About Homing</source>
        <translation>关于 Homing(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>homing::providers</name>
    <message>
        <source>is a base URL, to which this provider adds %1 itself; Homing leaves %1 out of it for now: remove it from the file</source>
        <translation>应为基础 URL，此服务商会自行在其后加上 %1；Homing 暂时忽略其中的 %1：请从文件中删除它</translation>
    </message>
</context>
<context>
    <name>homing::providers::Alidns</name>
    <message>
        <source>the RAM user may not call %1: grant it AliyunDNSFullAccess in the RAM console (访问控制 RAM), or alidns:DescribeDomains, alidns:DescribeSubDomainRecords, alidns:AddDomainRecord and alidns:UpdateDomainRecord</source>
        <translation>该 RAM 用户无权调用 %1：请在访问控制 RAM 控制台为其授予 AliyunDNSFullAccess，或授予 alidns:DescribeDomains、alidns:DescribeSubDomainRecords、alidns:AddDomainRecord 和 alidns:UpdateDomainRecord 权限</translation>
    </message>
    <message>
        <source>600 seconds is the shortest TTL of the free and Personal editions of Alibaba Cloud DNS (Enterprise Standard allows 60, Enterprise Ultimate 1): set the record&apos;s ttl to 600 or more, or to 0 for the default</source>
        <translation>云解析 DNS 免费版和个人版的最小 TTL 为 600 秒（企业标准版可设 60，企业旗舰版可设 1）：请将该记录的 ttl 设为 600 或以上，或设为 0 使用默认值</translation>
    </message>
    <message>
        <source>check the AccessKey ID: Alibaba Cloud knows no active AccessKey by that ID (RAM console &gt; Identities &gt; Users &gt; the user &gt; AccessKey)</source>
        <translation>请检查 AccessKey ID：阿里云找不到该 ID 对应的有效 AccessKey（访问控制 RAM 控制台 &gt; 身份管理 &gt; 用户 &gt; 该用户 &gt; AccessKey）</translation>
    </message>
    <message>
        <source>check the AccessKey secret: the request&apos;s signature does not match the one Alibaba Cloud computed with the secret of this AccessKey ID</source>
        <translation>请检查 AccessKey Secret：请求的签名与阿里云用该 AccessKey ID 的 Secret 计算出的签名不一致</translation>
    </message>
    <message>
        <source>Alibaba Cloud refuses requests whose time is more than 15 minutes off its own: set this computer&apos;s clock right (turn on network time)</source>
        <translation>阿里云拒绝与其时间相差超过 15 分钟的请求：请校正本机时钟（开启网络时间同步）</translation>
    </message>
    <message>
        <source>the domain is not in this account&apos;s Alibaba Cloud DNS (云解析 DNS): add it there, or use an AccessKey of the account that holds it</source>
        <translation>该域名不在此账号的云解析 DNS 中：请先在云解析 DNS 中添加该域名，或使用持有该域名的账号的 AccessKey</translation>
    </message>
    <message>
        <source>the record is gone or belongs to another account: check record_id, or let Homing look the record up again by clearing it</source>
        <translation>该记录已不存在或属于其他账号：请检查 record_id，或将其清空，让 Homing 重新按名称查找记录</translation>
    </message>
    <message>
        <source>another record of this name conflicts with it (a CNAME, or a record of the same name on the line that cannot stand beside it): resolve it in the console</source>
        <translation>该名称的另一条记录与之冲突（CNAME，或同一线路上不能共存的同名记录）：请在控制台中解决</translation>
    </message>
    <message>
        <source>the record is locked: unlock it in the console to let Homing change it</source>
        <translation>该记录已被锁定：请在控制台中解锁，Homing 才能修改它</translation>
    </message>
    <message>
        <source>Alibaba Cloud DNS answered DescribeDomains without a list of domains</source>
        <translation>云解析 DNS 对 DescribeDomains 的应答中没有域名列表</translation>
    </message>
    <message>
        <source>this Alibaba Cloud account has %1 domains; Homing reads at most %2 to find the one that holds a name: use an AccessKey of an account with fewer domains</source>
        <translation>此阿里云账号有 %1 个域名；Homing 最多读取 %2 个来查找包含该名称的域名：请使用域名较少的账号的 AccessKey</translation>
    </message>
    <message>
        <source>the AccessKey works, but its account has no domain in Alibaba Cloud DNS (云解析 DNS): add the domain there first</source>
        <translation>AccessKey 可用，但其账号在云解析 DNS 中没有任何域名：请先在云解析 DNS 中添加域名</translation>
    </message>
    <message>
        <source>the AccessKey works; its account has the domain(s) %1</source>
        <translation>AccessKey 可用；其账号有以下域名：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no domain of this Alibaba Cloud DNS account holds %1: add the domain in the console (云解析 DNS), or use an AccessKey of the account that holds it (its domains: %2)</source>
        <translation>此云解析 DNS 账号中没有包含 %1 的域名：请在控制台（云解析 DNS）中添加该域名，或使用持有该域名的账号的 AccessKey（其域名：%2）</translation>
    </message>
    <message>
        <source>Alibaba Cloud DNS answered DescribeSubDomainRecords without a list of records</source>
        <translation>云解析 DNS 对 DescribeSubDomainRecords 的应答中没有记录列表</translation>
    </message>
    <message>
        <source>Alibaba Cloud DNS listed %1 %2 records of %3 on the line %4, more than the %5 Homing reads; Homing changes nothing</source>
        <translation>云解析 DNS 列出了 %3 在线路 %4 上的 %1 条 %2 记录，超过 Homing 读取的上限 %5 条；Homing 不做任何修改</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 修改</translation>
    </message>
    <message>
        <source>Alibaba Cloud DNS answered %1 without the record&apos;s id</source>
        <translation>云解析 DNS 对 %1 的应答中没有记录 ID</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>%1: HTTP status %2, %3; %4</source>
        <translation>%1：HTTP 状态 %2，%3；%4</translation>
    </message>
    <message>
        <source>%1: HTTP status %2, %3: %4</source>
        <translation>%1：HTTP 状态 %2，%3：%4</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1（请求 %2）</translation>
    </message>
    <message>
        <source>%1: HTTP status %2</source>
        <translation>%1：HTTP 状态 %2</translation>
    </message>
    <message>
        <source>%1: HTTP status %2, %3</source>
        <translation>%1：HTTP 状态 %2，%3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Alibaba Cloud DNS takes TTLs of 1 to 86400 seconds (0: its default, 600)</source>
        <translation>云解析 DNS 接受 1 到 86400 秒的 TTL（0：使用默认值 600）</translation>
    </message>
    <message>
        <source>below 600 seconds, the free edition&apos;s minimum: only a paid edition takes it (Enterprise Standard 60, Enterprise Ultimate 1); on the free edition every update is refused</source>
        <translation>低于免费版的最小值 600 秒：只有付费版接受（企业标准版 60，企业旗舰版 1）；在免费版上每次更新都会被拒绝</translation>
    </message>
    <message>
        <source>must be the line&apos;s code as the API spells it, e.g. default (默认), telecom (电信), unicom (联通), mobile (移动), oversea (境外), edu (教育网)</source>
        <translation>必须是 API 使用的线路代码，例如 default（默认）、telecom（电信）、unicom（联通）、mobile（移动）、oversea（境外）、edu（教育网）</translation>
    </message>
    <message>
        <source>must be the record&apos;s RecordId, a number such as 9999985</source>
        <translation>必须是记录的 RecordId，即数字，例如 9999985</translation>
    </message>
    <message>
        <source>must be an AccessKey ID: letters and digits, such as LTAI5tExampleKeyId (the secret goes in the secrets)</source>
        <translation>必须是 AccessKey ID：由字母和数字组成，例如 LTAI5tExampleKeyId（Secret 应填在 secrets 中）</translation>
    </message>
</context>
<context>
    <name>homing::providers::ClouDns</name>
    <message>
        <source>%1 is not in the zone %2 that the account&apos;s zone setting names</source>
        <translation>%1 不在账户 zone 设置所指的区域 %2 中</translation>
    </message>
    <message>
        <source>the TTL sent was %1; ClouDNS plans allow some of %2 seconds</source>
        <translation>发送的 TTL 是 %1；ClouDNS 各套餐允许 %2 秒中的部分值</translation>
    </message>
    <message>
        <source>the API user works; it can read the zone %1</source>
        <translation>API 用户可用；它能读取区域 %1</translation>
    </message>
    <message>
        <source>ClouDNS&apos;s zone list is not a list</source>
        <translation>ClouDNS 的区域列表不是列表</translation>
    </message>
    <message>
        <source>the account has more than %1 zones like %2: set the account&apos;s zone setting</source>
        <translation>账户中与 %2 类似的区域超过 %1 个：请设置账户的 zone</translation>
    </message>
    <message>
        <source>the API user works but reaches no zone</source>
        <translation>API 用户可用，但访问不到任何区域</translation>
    </message>
    <message>
        <source>the API user works; it reaches the zone(s) %1</source>
        <translation>API 用户可用；它能访问区域 %1</translation>
    </message>
    <message>
        <source>no ClouDNS zone that this API user reaches contains %1 (a sub-user reaches only the zones it was given)</source>
        <translation>这个 API 用户能访问的 ClouDNS 区域中没有包含 %1 的（子用户只能访问分配给它的区域）</translation>
    </message>
    <message>
        <source>the ClouDNS zone %1 is a %2 zone, whose records cannot be changed here: change the record where the zone is managed</source>
        <translation>ClouDNS 区域 %1 是 %2 区域，不能在这里修改记录：请在管理该区域的地方修改</translation>
    </message>
    <message>
        <source>ClouDNS&apos;s record list is not what Homing knows</source>
        <translation>ClouDNS 的记录列表不是 Homing 认识的格式</translation>
    </message>
    <message>
        <source>ClouDNS listed more than %1 %2 records for %3; Homing changes nothing</source>
        <translation>ClouDNS 为 %3 列出了超过 %1 条 %2 记录；Homing 不做任何修改</translation>
    </message>
    <message>
        <source>the %1 record of %2 (id %3) is switched off in ClouDNS; Homing does not change a record that is off: switch it on, or delete it</source>
        <translation>%2 的 %1 记录（ID %3）在 ClouDNS 中已停用；Homing 不修改停用的记录：请启用或删除它</translation>
    </message>
    <message>
        <source>ClouDNS did not say the change succeeded: %1</source>
        <translation>ClouDNS 没有表示修改成功：%1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态 %1：%2</translation>
    </message>
    <message>
        <source>ClouDNS&apos;s answer is not JSON: %1</source>
        <translation>ClouDNS 的回复不是 JSON：%1</translation>
    </message>
    <message>
        <source>%1: check the API user&apos;s ID and its type (auth_type), its password, and that the API user allows this computer&apos;s IP address (ClouDNS &gt; API &amp; Resellers)</source>
        <translation>%1：请检查 API 用户的 ID 及其类型（auth_type）、密码，以及该 API 用户是否允许本机的 IP 地址（ClouDNS &gt; API &amp; Resellers）</translation>
    </message>
    <message>
        <source>%1: ClouDNS has no such zone in this account, or the API user may not reach it</source>
        <translation>%1：该账户中没有这个 ClouDNS 区域，或 API 用户无权访问</translation>
    </message>
    <message>
        <source>ClouDNS: %1</source>
        <translation>ClouDNS：%1</translation>
    </message>
    <message>
        <source>must be the API user&apos;s numeric ID; for a sub-user given by name, set auth_type to sub-auth-user</source>
        <translation>必须是 API 用户的数字 ID；按名称指定子用户时，请把 auth_type 设为 sub-auth-user</translation>
    </message>
    <message>
        <source>ClouDNS takes only these TTLs: %1 seconds (0 uses 3600)</source>
        <translation>ClouDNS 只接受这些 TTL：%1 秒（0 表示使用 3600）</translation>
    </message>
    <message>
        <source>ClouDNS refused without a reason Homing knows; Homing tries again later. ClouDNS said: %1</source>
        <translation>ClouDNS 拒绝了请求，但给出的原因 Homing 无法识别；Homing 稍后会重试。ClouDNS 返回：%1</translation>
    </message>
</context>
<context>
    <name>homing::providers::Cloudflare</name>
    <message>
        <source>no zone of this Cloudflare account contains %1 (or the token may not read zones: grant Zone:Read, or set the account&apos;s zone_id)</source>
        <translation>此 Cloudflare 账户中没有包含 %1 的区域（也可能是令牌无权读取区域：请授予 Zone:Read 权限，或设置账户的 zone_id）</translation>
    </message>
    <message>
        <source>several Cloudflare zones match; set the account&apos;s zone_id</source>
        <translation>有多个 Cloudflare 区域匹配；请设置账户的 zone_id</translation>
    </message>
    <message>
        <source>Cloudflare did not say whether the zone %1 is active</source>
        <translation>Cloudflare 没有说明区域 %1 是否已激活</translation>
    </message>
    <message>
        <source>the Cloudflare zone %1 is %2, not active: finish adding it to Cloudflare (its name servers must point to Cloudflare) before Homing can update it</source>
        <translation>Cloudflare 区域 %1 的状态是 %2，尚未激活（active）：请先在 Cloudflare 完成添加该区域（其域名服务器必须指向 Cloudflare），Homing 才能更新它</translation>
    </message>
    <message>
        <source>the zone has no id</source>
        <translation>该区域没有 id</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s record list holds no list of records</source>
        <translation>Cloudflare 返回的记录列表中没有记录数组</translation>
    </message>
    <message>
        <source>Cloudflare returned too many %1 records for %2 (%3 pages, more than %4 records); Homing changes nothing</source>
        <translation>Cloudflare 为 %2 返回的 %1 记录过多（共 %3 页，超过 %4 条记录）；Homing 不做任何更改</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>the record already holds %1</source>
        <translation>记录已是 %1</translation>
    </message>
    <message>
        <source>%1 %2 records exist for %3 and none holds %4; Homing manages exactly one: delete the others in the Cloudflare dashboard</source>
        <translation>%3 有 %1 条 %2 记录，且均不是 %4；Homing 只管理一条：请在 Cloudflare 控制台中删除其他记录</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 更改</translation>
    </message>
    <message>
        <source>Cloudflare answered with %1 instead of %2</source>
        <translation>Cloudflare 返回了 %1，而不是 %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态码 %1，%2</translation>
    </message>
    <message>
        <source>Cloudflare accepts 1 (automatic) or 30 to 86400 seconds (60 at least on the free plan)</source>
        <translation>Cloudflare 接受 1（自动）或 30 到 86400 秒（免费套餐至少 60 秒）</translation>
    </message>
    <message>
        <source>proxied records always use an automatic TTL</source>
        <translation>已代理的记录始终使用自动 TTL</translation>
    </message>
    <message>
        <source>must be the 32-character zone ID</source>
        <translation>必须是 32 个字符的区域 ID</translation>
    </message>
    <message>
        <source>the token works but can read no zone: grant it Zone:Read, or set the account&apos;s zone_id</source>
        <translation>令牌可用，但无法读取任何区域：请授予 Zone:Read 权限，或设置账户的 zone_id</translation>
    </message>
    <message>
        <source>the token works; it can read the zone(s) %1</source>
        <translation>令牌可用；可读取的区域：%1</translation>
    </message>
    <message>
        <source>%1 %2 records exist for %3; Homing manages exactly one: delete the others in the Cloudflare dashboard</source>
        <translation>%3 有 %1 条 %2 记录；Homing 只管理一条：请在 Cloudflare 控制台中删除其他记录</translation>
    </message>
    <message>
        <source>the token works and the zone is found; %1 has no %2 record yet, so the first update creates it</source>
        <translation>令牌可用，已找到区域；%1 还没有 %2 记录，首次更新时会创建它</translation>
    </message>
    <message>
        <source>the token works and the zone is found; the %1 record of %2 holds %3 now</source>
        <translation>令牌可用，已找到区域；%2 的 %1 记录当前为 %3</translation>
    </message>
</context>
<context>
    <name>homing::providers::CustomUrl</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, but the answer does not match success_pattern: %2</source>
        <translation>HTTP 状态码 %1，但响应与 success_pattern 不匹配：%2</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态码 %1：%2</translation>
    </message>
    <message>
        <source>is ignored by this provider: set settings.url</source>
        <translation>此服务商会忽略此项：请设置 settings.url</translation>
    </message>
    <message>
        <source>unknown placeholder(s) {%1}; known: {ip}, {name}, {type}, {ttl}, {secret}</source>
        <translation>未知的占位符 {%1}；支持：{ip}、{name}、{type}、{ttl}、{secret}</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>必须是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
</context>
<context>
    <name>homing::providers::Desec</name>
    <message>
        <source>deSEC&apos;s list of domains is not a list: %1</source>
        <translation>deSEC 返回的域名列表不是列表：%1</translation>
    </message>
    <message>
        <source>deSEC&apos;s RRset of %1 is not an object: %2</source>
        <translation>deSEC 返回的 %1 的 RRset 不是对象：%2</translation>
    </message>
    <message>
        <source>the account has no domain at deSEC</source>
        <translation>该账号在 deSEC 没有域名</translation>
    </message>
    <message>
        <source>no domain of this deSEC account holds %1: check the record&apos;s name, and that the domain is in this account</source>
        <translation>此 deSEC 账号中没有包含 %1 的域名：请检查记录名称，并确认该域名在此账号中</translation>
    </message>
    <message>
        <source>the deSEC domain %1 takes TTLs of %2 seconds or more (its minimum TTL): set the record&apos;s ttl to %2 or more, or ask deSEC&apos;s support to lower the domain&apos;s minimum</source>
        <translation>deSEC 域名 %1 接受 %2 秒及以上的 TTL（其最小 TTL）：请将记录的 ttl 设为 %2 或更大，或请 deSEC 客服降低该域名的最小值</translation>
    </message>
    <message>
        <source>%1. deSEC limits how often an account may read and write (writes: 2 a second, 15 a minute, 100 an hour and 300 a day per domain)</source>
        <translation>%1。deSEC 限制账号读写的频率（写入：每个域名每秒 2 次、每分钟 15 次、每小时 100 次、每天 300 次）</translation>
    </message>
    <message>
        <source>%1. deSEC refused the token: it may have been deleted or expired (its maximum age or unused period), or the computer&apos;s address is outside the token&apos;s allowed subnets</source>
        <translation>%1。deSEC 拒绝了令牌：它可能已被删除或过期（超过最长有效期或最长闲置期），或本机地址不在令牌允许的子网（allowed subnets）内</translation>
    </message>
    <message>
        <source>%1. The token may not write this record: give it a policy with write permission (perm_write) for this domain, name and type</source>
        <translation>%1。该令牌无权写入此记录：请为它添加一条对此域名、名称和类型具有写权限（perm_write）的策略</translation>
    </message>
    <message>
        <source>%1. deSEC takes TTLs from the domain&apos;s minimum TTL (3600 seconds unless deSEC lowered it; 60 for dedyn.io names) to 604800: set the record&apos;s ttl within them</source>
        <translation>%1。deSEC 接受的 TTL 从域名的最小 TTL（除非 deSEC 已调低，否则为 3600 秒；dedyn.io 名称为 60 秒）到 604800 秒：请将记录的 ttl 设在此范围内</translation>
    </message>
    <message>
        <source>deSEC takes TTLs from the domain&apos;s minimum TTL (3600 seconds unless deSEC lowered it; 60 for dedyn.io names) to 604800 (a week)</source>
        <translation>deSEC 接受的 TTL 从域名的最小 TTL（除非 deSEC 已调低，否则为 3600 秒；dedyn.io 名称为 60 秒）到 604800 秒（一周）</translation>
    </message>
</context>
<context>
    <name>homing::providers::DigitalOcean</name>
    <message>
        <source>DigitalOcean&apos;s answer is not a JSON object: %1</source>
        <translation>DigitalOcean 的应答不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>add the domain under Networking &gt; Domains, or give the token domain:read</source>
        <translation>请在 Networking &gt; Domains 中添加该域名，或为令牌授予 domain:read</translation>
    </message>
    <message>
        <source>no domain of this DigitalOcean account holds %1: check the record&apos;s name, and that the domain is under Networking &gt; Domains</source>
        <translation>此 DigitalOcean 账号中没有包含 %1 的域名：请检查记录名称，并确认该域名在 Networking &gt; Domains 中</translation>
    </message>
    <message>
        <source>DigitalOcean&apos;s answer holds no list of records for %1</source>
        <translation>DigitalOcean 的应答中没有 %1 的记录列表</translation>
    </message>
    <message>
        <source>DigitalOcean listed more than %1 %2 records for %3; Homing changes nothing</source>
        <translation>DigitalOcean 为 %3 列出了超过 %1 条 %2 记录；Homing 不做任何更改</translation>
    </message>
    <message>
        <source>DigitalOcean answered with %1 instead of %2</source>
        <translation>DigitalOcean 应答的值是 %1 而不是 %2</translation>
    </message>
    <message>
        <source>%1. DigitalOcean allows a token 250 requests a minute and 5000 an hour</source>
        <translation>%1。DigitalOcean 允许每个令牌每分钟 250 个请求、每小时 5000 个</translation>
    </message>
    <message>
        <source>%1. DigitalOcean refused the token: it may have expired or been deleted, or be mistyped; create a new one</source>
        <translation>%1。DigitalOcean 拒绝了令牌：它可能已过期、被删除或输入有误；请创建一个新的</translation>
    </message>
    <message>
        <source>%1. The token may not do this: a custom-scoped token needs domain:read and domain:update (and domain:create to add a record)</source>
        <translation>%1。该令牌无权执行此操作：自定义作用域的令牌需要 domain:read 和 domain:update（添加记录还需要 domain:create）</translation>
    </message>
    <message>
        <source>%1. DigitalOcean takes TTLs of 30 seconds or more: set the record&apos;s ttl to 30 or more</source>
        <translation>%1。DigitalOcean 接受 30 秒及以上的 TTL：请将记录的 ttl 设为 30 或更大</translation>
    </message>
    <message>
        <source>DigitalOcean takes TTLs of 30 seconds or more (Homing: at most 604800)</source>
        <translation>DigitalOcean 接受 30 秒及以上的 TTL（Homing 最多 604800）</translation>
    </message>
    <message>
        <source>none of the first %1 domains of this DigitalOcean account holds %2, and Homing reads no more than that, so the domain may be among the others: check the record&apos;s name; an account with this many domains is beyond what Homing supports here</source>
        <translation>此 DigitalOcean 账号的前 %1 个域名中没有包含 %2 的，而 Homing 最多只读取这么多，所以该域名可能在其余域名中：请检查记录名称；域名这么多的账号超出了 Homing 在此处支持的范围</translation>
    </message>
</context>
<context>
    <name>homing::providers::Dnspod</name>
    <message>
        <source>the account has no SecretKey</source>
        <translation>该账户没有 SecretKey</translation>
    </message>
    <message>
        <source>DNSPod&apos;s domain list holds no list of domains</source>
        <translation>DNSPod 返回的域名列表中没有域名列表</translation>
    </message>
    <message>
        <source>the API key works but sees no domain: add the domain to DNSPod, or give the key&apos;s CAM user access to it</source>
        <translation>API 密钥有效，但看不到任何域名：请把域名添加到 DNSPod，或授权该密钥的 CAM 用户访问它</translation>
    </message>
    <message>
        <source>the API key works; it sees the domain(s) %1</source>
        <translation>API 密钥有效；它能看到域名 %1</translation>
    </message>
    <message>
        <source>no domain of this DNSPod account holds %1: add the domain to DNSPod, or give the key&apos;s CAM user access to it</source>
        <translation>此 DNSPod 账户中没有包含 %1 的域名：请把域名添加到 DNSPod，或授权该密钥的 CAM 用户访问它</translation>
    </message>
    <message>
        <source>DNSPod&apos;s record list holds no list of records</source>
        <translation>DNSPod 返回的记录列表中没有记录列表</translation>
    </message>
    <message>
        <source>DNSPod listed %1 %2 records for %3 on the line %4, more than Homing reads (%5); Homing changes nothing</source>
        <translation>DNSPod 列出了 %3 在线路 %4 上的 %1 条 %2 记录，超过 Homing 读取的上限（%5）；Homing 不做任何更改</translation>
    </message>
    <message>
        <source>created on the line %1</source>
        <translation>已在线路 %1 上创建</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 修改</translation>
    </message>
    <message>
        <source>DNSPod answered without the record&apos;s id</source>
        <translation>DNSPod 的应答中没有记录 ID</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>DNSPod refused the request&apos;s time stamp: this computer&apos;s clock is more than 5 minutes off (%1)</source>
        <translation>DNSPod 拒绝了请求的时间戳：这台计算机的时钟偏差超过 5 分钟（%1）</translation>
    </message>
    <message>
        <source>the API key may not do this: attach the policy QcloudDNSPodFullAccess to its CAM user, or a custom policy allowing dnspod:DescribeDomainList, dnspod:DescribeRecordList, dnspod:CreateRecord and dnspod:ModifyRecord (%1)</source>
        <translation>该 API 密钥无权执行此操作：请为其 CAM 用户关联策略 QcloudDNSPodFullAccess，或允许 dnspod:DescribeDomainList、dnspod:DescribeRecordList、dnspod:CreateRecord 和 dnspod:ModifyRecord 的自定义策略（%1）</translation>
    </message>
    <message>
        <source>DNSPod rejected the API key: check the SecretId and the SecretKey (Tencent Cloud console, CAM &gt; API keys) (%1)</source>
        <translation>DNSPod 拒绝了 API 密钥：请检查 SecretId 和 SecretKey（腾讯云控制台，访问管理 CAM &gt; API 密钥管理）（%1）</translation>
    </message>
    <message>
        <source> (this domain&apos;s plan: %1)</source>
        <translation>（此域名的套餐：%1）</translation>
    </message>
    <message>
        <source>DNSPod refused the TTL: a TTL is 1 to 604800 seconds, and the domain&apos;s plan sets the lowest one%2, 600 on the free plan; set the record&apos;s ttl to 600 or more, or to 0 for DNSPod&apos;s default (%1)</source>
        <translation>DNSPod 拒绝了该 TTL：TTL 为 1 到 604800 秒，最小值由域名套餐决定%2，免费套餐为 600；请把记录的 ttl 设为 600 或更大，或设为 0 使用 DNSPod 的默认值（%1）</translation>
    </message>
    <message>
        <source>DNSPod does not offer the ISP line &quot;%1&quot; for %2: write the line as the DNSPod console names it (默认, 电信, 联通, 移动, 境外, 搜索引擎 …); some lines need a paid plan (%3)</source>
        <translation>DNSPod 没有为 %2 提供解析线路“%1”：请按 DNSPod 控制台中的名称填写线路（默认、电信、联通、移动、境外、搜索引擎……）；部分线路需要付费套餐（%3）</translation>
    </message>
    <message>
        <source>DNSPod needs an %1 record of %2 on the default line (默认) before one on the line %3: create the default line&apos;s record first (%4)</source>
        <translation>DNSPod 要求先有 %2 在默认线路（默认）上的 %1 记录，才能添加线路 %3 上的记录：请先创建默认线路的记录（%4）</translation>
    </message>
    <message>
        <source>DNSPod does not know the domain or record: check the record&apos;s name, and that the domain is in this account (%1)</source>
        <translation>DNSPod 找不到该域名或记录：请检查记录名称，以及域名是否在此账户中（%1）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>DNSPod takes a TTL of 1 to 604800 seconds</source>
        <translation>DNSPod 的 TTL 为 1 到 604800 秒</translation>
    </message>
    <message>
        <source>DNSPod&apos;s free plan takes 600 seconds at least; less needs a paid plan (DNSPod refuses it otherwise)</source>
        <translation>DNSPod 免费套餐的 TTL 至少为 600 秒；更小的值需要付费套餐（否则 DNSPod 会拒绝）</translation>
    </message>
    <message>
        <source>must name an ISP line, such as 默认 (the default line)</source>
        <translation>必须填写一条解析线路，例如“默认”（默认线路）</translation>
    </message>
    <message>
        <source>must be the API key&apos;s SecretId (letters and digits, such as AKID…)</source>
        <translation>必须是 API 密钥的 SecretId（字母和数字，例如 AKID……）</translation>
    </message>
    <message>
        <source>the DNSPod account has %1 domains, more than Homing reads (%2) to find the one that holds a name; Homing changes nothing: use a key of an account (or a CAM user limited to the domains it needs) that sees fewer domains</source>
        <translation>该 DNSPod 账号有 %1 个域名，超过 Homing 为查找名称所属域名而读取的上限（%2）；Homing 不做任何修改：请使用域名更少的账号的密钥（或仅授权所需域名的 CAM 子用户）</translation>
    </message>
    <message>
        <source>DNSPod refuses to publish %1: the address is on its blacklist. No key or setting changes that; ask DNSPod (Tencent Cloud support) to review the address, or publish another one (%2)</source>
        <translation>DNSPod 拒绝发布 %1：该地址在其黑名单中。更换密钥或设置都无济于事；请联系 DNSPod（腾讯云工单）复核该地址，或发布其他地址（%2）</translation>
    </message>
</context>
<context>
    <name>homing::providers::DnspodToken</name>
    <message>
        <source>the DNSPod token must be written as ID,Token: the token&apos;s numeric ID, a comma, then the token itself, as the DNSPod console shows them</source>
        <translation>DNSPod Token 必须写成 ID,Token：Token 的数字 ID、一个英文逗号，然后是 Token 本身，与 DNSPod 控制台显示的一致</translation>
    </message>
    <message>
        <source>DNSPod&apos;s domain list holds no list of domains</source>
        <translation>DNSPod 返回的域名列表中没有域名列表</translation>
    </message>
    <message>
        <source>the token works but its account has no domain: add the domain to DNSPod</source>
        <translation>Token 有效，但其账户中没有域名：请把域名添加到 DNSPod</translation>
    </message>
    <message>
        <source>the token works; its account has the domain(s) %1</source>
        <translation>Token 有效；其账户中有域名 %1</translation>
    </message>
    <message>
        <source>no domain of this DNSPod account holds %1: add the domain to DNSPod</source>
        <translation>此 DNSPod 账户中没有包含 %1 的域名：请把域名添加到 DNSPod</translation>
    </message>
    <message>
        <source>DNSPod&apos;s record list holds no list of records</source>
        <translation>DNSPod 返回的记录列表中没有记录列表</translation>
    </message>
    <message>
        <source>DNSPod listed %1 %2 records for %3 on the line %4, more than Homing reads (%5); Homing changes nothing</source>
        <translation>DNSPod 列出了 %3 在线路 %4 上的 %1 条 %2 记录，超过 Homing 读取的上限（%5）；Homing 不做任何更改</translation>
    </message>
    <message>
        <source>created on the line %1</source>
        <translation>已在线路 %1 上创建</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 修改</translation>
    </message>
    <message>
        <source>DNSPod answered without the record&apos;s id</source>
        <translation>DNSPod 的应答中没有记录 ID</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>DNSPod refused the token: check the ID,Token in the DNSPod console (API key page); after 30 failed logins in 5 minutes DNSPod blocks the account for an hour, so Homing sends nothing more until the token is corrected (%1)</source>
        <translation>DNSPod 拒绝了该 Token：请在 DNSPod 控制台（API 密钥页面）检查 ID,Token；5 分钟内登录失败 30 次后 DNSPod 会封禁账户一小时，因此在 Token 改正之前 Homing 不再发送任何请求（%1）</translation>
    </message>
    <message>
        <source>the token&apos;s account may not do this: the domain must belong to the account, or be shared with it with the right to manage records (%1)</source>
        <translation>该 Token 的账户无权执行此操作：域名必须属于该账户，或以可管理记录的权限共享给它（%1）</translation>
    </message>
    <message>
        <source> (this domain&apos;s plan: %1)</source>
        <translation>（此域名的套餐：%1）</translation>
    </message>
    <message>
        <source>DNSPod refused the TTL: a TTL is 1 to 604800 seconds, and the domain&apos;s plan sets the lowest one%2, 600 on the free plan; set the record&apos;s ttl to 600 or more, or to 0 for DNSPod&apos;s default (%1)</source>
        <translation>DNSPod 拒绝了该 TTL：TTL 为 1 到 604800 秒，最小值由域名套餐决定%2，免费套餐为 600；请把记录的 ttl 设为 600 或更大，或设为 0 使用 DNSPod 的默认值（%1）</translation>
    </message>
    <message>
        <source>DNSPod does not offer the ISP line &quot;%1&quot; for %2: write the line as the DNSPod console names it (默认, 电信, 联通, 移动, 境外, 搜索引擎 …); some lines need a paid plan (%3)</source>
        <translation>DNSPod 没有为 %2 提供解析线路“%1”：请按 DNSPod 控制台中的名称填写线路（默认、电信、联通、移动、境外、搜索引擎……）；部分线路需要付费套餐（%3）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>the DNSPod account has %1 domains, more than Homing reads (%2) to find the one that holds a name; Homing changes nothing: use a key of an account (or a CAM user limited to the domains it needs) that sees fewer domains</source>
        <translation>该 DNSPod 账号有 %1 个域名，超过 Homing 为查找名称所属域名而读取的上限（%2）；Homing 不做任何修改：请使用域名更少的账号的密钥（或仅授权所需域名的 CAM 子用户）</translation>
    </message>
</context>
<context>
    <name>homing::providers::DuckDns</name>
    <message>
        <source>DuckDNS names end in .duckdns.org (for example myhome.duckdns.org)</source>
        <translation>DuckDNS 域名以 .duckdns.org 结尾（例如 myhome.duckdns.org）</translation>
    </message>
    <message>
        <source>DuckDNS does not let clients set a TTL; ignored</source>
        <translation>DuckDNS 不允许客户端设置 TTL；已忽略</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态码 %1：%2</translation>
    </message>
    <message>
        <source>KO: DuckDNS rejected the token or the domain</source>
        <translation>KO: DuckDNS 拒绝了令牌或域名</translation>
    </message>
    <message>
        <source>unknown answer: %1</source>
        <translation>无法识别的响应：%1</translation>
    </message>
    <message>
        <source>DuckDNS reports %1 instead of the address sent, %2</source>
        <translation>DuckDNS 报告的地址是 %1，而不是发送的地址 %2</translation>
    </message>
</context>
<context>
    <name>homing::providers::Dyndns2</name>
    <message>
        <source>this provider updates A (IPv4) records only</source>
        <translation>此服务商只能更新 A（IPv4）记录</translation>
    </message>
    <message>
        <source>the dyndns2 protocol has no TTL; set it in the provider&apos;s website</source>
        <translation>dyndns2 协议不支持 TTL；请在服务商网站上设置</translation>
    </message>
    <message>
        <source>must be a host name such as members.dyndns.org or an update URL such as https://members.dyndns.org/nic/update</source>
        <translation>必须是 members.dyndns.org 这样的主机名，或 https://members.dyndns.org/nic/update 这样的更新 URL</translation>
    </message>
    <message>
        <source>must not contain &apos;:&apos; (HTTP Basic authentication cannot carry it)</source>
        <translation>不能包含 &apos;:&apos;（HTTP Basic 认证无法传递该字符）</translation>
    </message>
    <message>
        <source>the provider ignored the update and answered &quot;good 127.0.0.1&quot;: it blocks this client</source>
        <translation>服务商忽略了此次更新并返回 &quot;good 127.0.0.1&quot;：它封禁了此客户端</translation>
    </message>
    <message>
        <source>the provider reports %1 instead of the address sent, %2</source>
        <translation>服务商报告的地址是 %1，而不是发送的地址 %2</translation>
    </message>
    <message>
        <source>badauth: the user name or password is wrong</source>
        <translation>badauth: 用户名或密码错误</translation>
    </message>
    <message>
        <source>!yours: the host belongs to another account</source>
        <translation>!yours: 该主机属于另一个账户</translation>
    </message>
    <message>
        <source>nohost: the host does not exist in this account</source>
        <translation>nohost: 此账户中不存在该主机</translation>
    </message>
    <message>
        <source>notfqdn: the host name is not a fully qualified domain name</source>
        <translation>notfqdn: 主机名不是完全限定域名（FQDN）</translation>
    </message>
    <message>
        <source>!active: the domain is not activated</source>
        <translation>!active: 该域名尚未激活</translation>
    </message>
    <message>
        <source>abuse: the provider blocked the host for too many updates</source>
        <translation>abuse: 由于更新过于频繁，服务商已封禁该主机</translation>
    </message>
    <message>
        <source>badagent: the provider refused this client or request method; please report it</source>
        <translation>badagent: 服务商拒绝了此客户端或请求方式；请报告此问题</translation>
    </message>
    <message>
        <source>!donator: this request needs a paid account</source>
        <translation>!donator: 此请求需要付费账户</translation>
    </message>
    <message>
        <source>numhost: too many hosts in one update, or a round-robin host</source>
        <translation>numhost: 单次更新的主机过多，或该主机为轮询（round-robin）主机</translation>
    </message>
    <message>
        <source>badsys: the provider does not accept this system parameter</source>
        <translation>badsys: 服务商不接受该 system 参数</translation>
    </message>
    <message>
        <source>%1: problem or maintenance at the provider</source>
        <translation>%1: 服务商出现问题或正在维护</translation>
    </message>
    <message>
        <source>servererror: problem at the provider</source>
        <translation>servererror: 服务商出现问题</translation>
    </message>
    <message>
        <source>the provider sent an empty answer</source>
        <translation>服务商返回了空响应</translation>
    </message>
    <message>
        <source>unknown answer: %1</source>
        <translation>无法识别的响应：%1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>HTTP status 404: the update URL is wrong</source>
        <translation>HTTP 状态码 404：更新 URL 错误</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态码 %1：%2</translation>
    </message>
    <message>
        <source>the provider answered %1 lines for %2 hosts: %3</source>
        <translation>服务商为 %2 个主机返回了 %1 行响应：%3</translation>
    </message>
</context>
<context>
    <name>homing::providers::Dynu</name>
    <message>
        <source>Dynu&apos;s answer holds no list of domains</source>
        <translation>Dynu 的回复中没有域名列表</translation>
    </message>
    <message>
        <source>the API key works but the account has no domain</source>
        <translation>API 密钥可用，但账户中没有域名</translation>
    </message>
    <message>
        <source>the API key works; it can read the domain(s) %1</source>
        <translation>API 密钥可用；它能读取域名 %1</translation>
    </message>
    <message>
        <source>no domain of this Dynu account contains %1: add it under DDNS Services or DNS Services in the Dynu control panel</source>
        <translation>这个 Dynu 账户中没有包含 %1 的域名：请在 Dynu 控制面板的 DDNS Services 或 DNS Services 中添加</translation>
    </message>
    <message>
        <source>Dynu&apos;s answer holds no list of records</source>
        <translation>Dynu 的回复中没有记录列表</translation>
    </message>
    <message>
        <source>the %1 record of %2 (id %3) is disabled at Dynu; Homing does not change a disabled record: enable it, or delete it</source>
        <translation>%2 的 %1 记录（ID %3）在 Dynu 已停用；Homing 不修改停用的记录：请启用或删除它</translation>
    </message>
    <message>
        <source>Dynu answered with %1 instead of %2</source>
        <translation>Dynu 回复的是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>Dynu did not confirm the change: %1</source>
        <translation>Dynu 没有确认修改：%1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2 %3: %4</source>
        <translation>HTTP 状态 %1，%2 %3：%4</translation>
    </message>
    <message>
        <source>create an API key in the Dynu control panel under API Credentials</source>
        <translation>请在 Dynu 控制面板的 API Credentials 中创建 API 密钥</translation>
    </message>
    <message>
        <source>the Dynu plan allows no more records of this kind</source>
        <translation>Dynu 套餐不再允许添加这类记录</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态 %1：%2</translation>
    </message>
    <message>
        <source>Dynu takes TTLs from %1 to %2 seconds</source>
        <translation>Dynu 接受 %1 到 %2 秒的 TTL</translation>
    </message>
    <message>
        <source>Dynu answered with another domain than %1: %2</source>
        <translation>Dynu 返回的域名不是 %1：%2</translation>
    </message>
</context>
<context>
    <name>homing::providers::Gandi</name>
    <message>
        <source>Gandi&apos;s record set of %1 is not an object: %2</source>
        <translation>Gandi 返回的 %1 的记录集不是对象：%2</translation>
    </message>
    <message>
        <source>Gandi&apos;s list of LiveDNS domains is not a list: %1</source>
        <translation>Gandi 返回的 LiveDNS 域名列表不是列表：%1</translation>
    </message>
    <message>
        <source>the token reaches no LiveDNS domain; give it the domain, in the organisation that owns it</source>
        <translation>该令牌访问不到任何 LiveDNS 域名；请在拥有该域名的组织中为令牌授予此域名</translation>
    </message>
    <message>
        <source>no LiveDNS domain that this token reaches holds %1: check the record&apos;s name, that the domain uses Gandi&apos;s LiveDNS name servers, and that the token was made for the organisation that owns it</source>
        <translation>此令牌可访问的 LiveDNS 域名中没有包含 %1 的：请检查记录名称，确认该域名使用 Gandi 的 LiveDNS 域名服务器，并确认令牌是为拥有该域名的组织创建的</translation>
    </message>
    <message>
        <source>%1. Gandi refused the personal access token: it may have expired or been deleted; create a new one</source>
        <translation>%1。Gandi 拒绝了个人访问令牌：它可能已过期或被删除；请创建一个新的</translation>
    </message>
    <message>
        <source>%1. The token may not change this domain: give it the permission &quot;Manage domain technical configurations&quot; for the domain, in the organisation that owns it</source>
        <translation>%1。该令牌无权修改此域名：请在拥有该域名的组织中，为令牌授予此域名的 “Manage domain technical configurations”（管理域名技术配置）权限</translation>
    </message>
    <message>
        <source>%1. Gandi takes TTLs of 300 to 2592000 seconds: set the record&apos;s ttl within them</source>
        <translation>%1。Gandi 接受的 TTL 为 300 至 2592000 秒：请将记录的 ttl 设在此范围内</translation>
    </message>
    <message>
        <source>Gandi LiveDNS takes TTLs of 300 seconds (5 minutes) to 2592000 (30 days)</source>
        <translation>Gandi LiveDNS 接受的 TTL 为 300 秒（5 分钟）至 2592000 秒（30 天）</translation>
    </message>
    <message>
        <source>none of the first %1 LiveDNS domains that this token reaches holds %2, and Homing reads no more than that, so the domain may be among the others: give the token only the domains Homing updates</source>
        <translation>此令牌可访问的前 %1 个 LiveDNS 域名中没有包含 %2 的，而 Homing 最多只读取这么多，所以该域名可能在其余域名中：请让此令牌只能访问 Homing 要更新的域名</translation>
    </message>
</context>
<context>
    <name>homing::providers::GoDaddy</name>
    <message>
        <source>the account has more than %1 domains; Homing reads only the first %1</source>
        <translation>该账号的域名超过 %1 个；Homing 只读取前 %1 个</translation>
    </message>
    <message>
        <source>GoDaddy&apos;s list of domains is not a list: %1</source>
        <translation>GoDaddy 返回的域名列表不是列表：%1</translation>
    </message>
    <message>
        <source>the account has no active domain at GoDaddy</source>
        <translation>该账号在 GoDaddy 没有处于活动状态的域名</translation>
    </message>
    <message>
        <source>no active domain of this GoDaddy account holds %1: check the record&apos;s name, and that the domain is registered in this account</source>
        <translation>此 GoDaddy 账号中没有包含 %1 的活动域名：请检查记录名称，并确认该域名注册在此账号下</translation>
    </message>
    <message>
        <source>GoDaddy&apos;s records of %1 are not a list: %2</source>
        <translation>GoDaddy 返回的 %1 的记录不是列表：%2</translation>
    </message>
    <message>
        <source>%1. GoDaddy accepted the key but does not let this account use its DNS API: since May 2024 only accounts with 10 or more domains, or with a Discount Domain Club Premier membership, may use it. Ask GoDaddy to open the API to the account, or move the domain&apos;s DNS to a provider Homing supports</source>
        <translation>%1。GoDaddy 接受了密钥，但不允许此账号使用其 DNS API：自 2024 年 5 月起，只有拥有 10 个及以上域名或持有 Discount Domain Club Premier 会员资格的账号才能使用。请让 GoDaddy 为此账号开放 API，或将域名的 DNS 迁到 Homing 支持的服务商</translation>
    </message>
    <message>
        <source>%1. GoDaddy refused the key: check the API key and secret, and that they are a Production key (an OTE test key does not work on real domains)</source>
        <translation>%1。GoDaddy 拒绝了密钥：请检查 API 密钥和密钥密码（Secret），并确认它们是生产环境（Production）密钥（OTE 测试密钥不能用于真实域名）</translation>
    </message>
    <message>
        <source>%1. GoDaddy takes TTLs of 600 to 604800 seconds: set the record&apos;s ttl within them</source>
        <translation>%1。GoDaddy 接受的 TTL 为 600 至 604800 秒：请将记录的 ttl 设在此范围内</translation>
    </message>
    <message>
        <source>GoDaddy takes TTLs of 600 to 604800 seconds (10 minutes to a week) and refuses less than 600</source>
        <translation>GoDaddy 接受的 TTL 为 600 至 604800 秒（10 分钟到一周），小于 600 会被拒绝</translation>
    </message>
    <message>
        <source>must be the key alone; the secret goes in the account&apos;s secrets</source>
        <translation>只能填写密钥本身；密钥密码（Secret）请放在账号的机密项中</translation>
    </message>
</context>
<context>
    <name>homing::providers::Hetzner</name>
    <message>
        <source>the API token is read-only: create one with Read &amp; Write permission in Hetzner Console &gt; Security &gt; API tokens</source>
        <translation>API 令牌是只读的：请在 Hetzner Console &gt; Security &gt; API tokens 中创建具有 Read &amp; Write 权限的令牌</translation>
    </message>
    <message>
        <source>Hetzner does not know this API token: create one in Hetzner Console &gt; Security &gt; API tokens (a token of the old DNS Console does not work here; use the provider hetzner_dns for it)</source>
        <translation>Hetzner 不认识这个 API 令牌：请在 Hetzner Console &gt; Security &gt; API tokens 中创建（旧 DNS Console 的令牌在这里无效；那种令牌请用服务商 hetzner_dns）</translation>
    </message>
    <message>
        <source>the record set is protected against changes: lift its protection in Hetzner Console</source>
        <translation>该记录集已开启防修改保护：请在 Hetzner Console 中解除保护</translation>
    </message>
    <message>
        <source>the zone is a secondary zone: change the record at its primary name server</source>
        <translation>该区域是辅区域：请在它的主名称服务器上修改记录</translation>
    </message>
    <message>
        <source>this Hetzner project has no zone %1 (%2): check the account&apos;s zone setting, and that the token belongs to the project that holds the zone</source>
        <translation>这个 Hetzner 项目中没有区域 %1（%2）：请检查账户的 zone 设置，并确认令牌属于该区域所在的项目</translation>
    </message>
    <message>
        <source>Hetzner&apos;s zone list holds no zones</source>
        <translation>Hetzner 的区域列表中没有区域</translation>
    </message>
    <message>
        <source>this Hetzner project has more than %1 zones: set the account&apos;s zone setting to the zone&apos;s name</source>
        <translation>这个 Hetzner 项目的区域超过 %1 个：请把账户的 zone 设置为该区域的名称</translation>
    </message>
    <message>
        <source>the token works but its project has no DNS zone</source>
        <translation>令牌可用，但它的项目中没有 DNS 区域</translation>
    </message>
    <message>
        <source>the token works; its project holds the zone(s) %1</source>
        <translation>令牌可用；它的项目包含区域 %1</translation>
    </message>
    <message>
        <source>no zone of this Hetzner project contains %1 (zones: %2); a token sees only the zones of its own project</source>
        <translation>这个 Hetzner 项目中没有包含 %1 的区域（区域：%2）；令牌只能看到它自己项目的区域</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Hetzner&apos;s answer holds no zone</source>
        <translation>Hetzner 的回复中没有区域</translation>
    </message>
    <message>
        <source>the token works; it can read the zone %1</source>
        <translation>令牌可用；它能读取区域 %1</translation>
    </message>
    <message>
        <source>%1 is not in the zone %2 that the account&apos;s zone setting names</source>
        <translation>%1 不在账户 zone 设置所指的区域 %2 中</translation>
    </message>
    <message>
        <source>the zone %1 is a secondary zone, whose records Hetzner copies from another name server: change the record there</source>
        <translation>区域 %1 是辅区域，Hetzner 从另一台名称服务器复制它的记录：请在那里修改记录</translation>
    </message>
    <message>
        <source>Hetzner&apos;s record list holds no record sets</source>
        <translation>Hetzner 的记录列表中没有记录集</translation>
    </message>
    <message>
        <source>Hetzner listed more than %1 record sets for %2 %3; Homing changes nothing</source>
        <translation>Hetzner 为 %2 %3 列出了超过 %1 个记录集；Homing 不做任何修改</translation>
    </message>
    <message>
        <source>the zone&apos;s default</source>
        <translation>区域默认值</translation>
    </message>
    <message>
        <source>TTL changed from %1 to %2</source>
        <translation>TTL 已从 %1 改为 %2</translation>
    </message>
    <message>
        <source>%1, TTL changed from %2 to %3</source>
        <translation>%1，TTL 已从 %2 改为 %3</translation>
    </message>
    <message>
        <source>Hetzner could not apply the change (%1: %2)</source>
        <translation>Hetzner 未能应用修改（%1：%2）</translation>
    </message>
    <message>
        <source>Hetzner&apos;s answer holds no action status</source>
        <translation>Hetzner 的回复中没有操作状态</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态 %1：%2</translation>
    </message>
    <message>
        <source>HTTP status %1, %2: %3</source>
        <translation>HTTP 状态 %1，%2：%3</translation>
    </message>
    <message>
        <source>Hetzner takes TTLs from %1 seconds up; 0 keeps the zone&apos;s default</source>
        <translation>Hetzner 接受 %1 秒及以上的 TTL；0 表示沿用区域默认值</translation>
    </message>
    <message>
        <source>if the zone was moved to Hetzner Console, use the provider hetzner with a Hetzner Console API token instead</source>
        <translation>如果该区域已迁移到 Hetzner Console，请改用服务商 hetzner 和 Hetzner Console 的 API 令牌</translation>
    </message>
    <message>
        <source>this Hetzner DNS account has more than %1 zones: set the account&apos;s zone_id</source>
        <translation>这个 Hetzner DNS 账户的区域超过 %1 个：请设置账户的 zone_id</translation>
    </message>
    <message>
        <source>the token works but the account has no zone; %1</source>
        <translation>令牌可用，但账户中没有区域；%1</translation>
    </message>
    <message>
        <source>the token works; it can read the zone(s) %1</source>
        <translation>令牌可用；它能读取区域 %1</translation>
    </message>
    <message>
        <source>no zone of this Hetzner DNS account contains %1; %2</source>
        <translation>这个 Hetzner DNS 账户中没有包含 %1 的区域；%2</translation>
    </message>
    <message>
        <source>%1 is not in the zone %2 that the account&apos;s zone_id names</source>
        <translation>%1 不在账户 zone_id 所指的区域 %2 中</translation>
    </message>
    <message>
        <source>Hetzner&apos;s record list holds no records</source>
        <translation>Hetzner 的记录列表中没有记录</translation>
    </message>
    <message>
        <source>the zone %1 has more than %2 pages of records; Homing changes nothing</source>
        <translation>区域 %1 的记录超过 %2 页；Homing 不做任何修改</translation>
    </message>
    <message>
        <source>Hetzner answered with %1 instead of %2</source>
        <translation>Hetzner 回复的是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>create a token in the DNS Console under Manage API access tokens</source>
        <translation>请在 DNS Console 的 Manage API access tokens 中创建令牌</translation>
    </message>
    <message>
        <source>%1 (Hetzner took the change and was still applying it)</source>
        <translation>%1（Hetzner 已接受更改，仍在应用中）</translation>
    </message>
</context>
<context>
    <name>homing::providers::HuaweiCloud</name>
    <message>
        <source>the IAM user needs DNS FullAccess or a policy allowing dns:zone:list, dns:recordset:list, dns:recordset:create and dns:recordset:update</source>
        <translation>IAM 用户需要 DNS FullAccess，或一个允许 dns:zone:list、dns:recordset:list、dns:recordset:create 和 dns:recordset:update 的策略</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS answered HTTP status %1 with something that is not a JSON object: %2</source>
        <translation>华为云解析 DNS 以 HTTP 状态 %1 返回了不是 JSON 对象的内容：%2</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS&apos;s zone list holds no list of zones</source>
        <translation>华为云解析 DNS 返回的域名列表中没有域名列表</translation>
    </message>
    <message>
        <source>the access key works but the account has no public zone in Huawei Cloud DNS (private zones are never used)</source>
        <translation>访问密钥可用，但该账号在华为云解析 DNS 中没有公网域名（从不使用内网域名）</translation>
    </message>
    <message>
        <source>the access key works; the account&apos;s public zones: %1</source>
        <translation>访问密钥可用；该账号的公网域名：%1</translation>
    </message>
    <message>
        <source>no public zone of this Huawei Cloud account holds %1: add the zone in the Huawei Cloud DNS console under Public Zones (a private zone of that name is never used)</source>
        <translation>该华为云账号没有包含 %1 的公网域名：请在云解析服务 DNS 控制台的“公网域名”中添加该域名（从不使用同名的内网域名）</translation>
    </message>
    <message>
        <source>the public zone %1 is %2 in Huawei Cloud DNS, not ACTIVE: enable it (or have it unfrozen) in the console before Homing can update it</source>
        <translation>公网域名 %1 在华为云解析 DNS 中的状态为 %2，不是 ACTIVE：请先在控制台启用（或解除冻结）该域名，Homing 才能更新它</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS&apos;s record set list holds no list of record sets</source>
        <translation>华为云解析 DNS 返回的记录集列表中没有记录集列表</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS listed a record set of %1 without an id</source>
        <translation>华为云解析 DNS 列出了一个没有 ID 的 %1 记录集</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS listed too many record sets for %1 %2 (more than %3); Homing changes nothing</source>
        <translation>华为云解析 DNS 为 %1 %2 列出的记录集过多（超过 %3 个）；Homing 不做任何修改</translation>
    </message>
    <message>
        <source>the %1 record set of %2 on the line %3 holds several values (%4) and none is %5; Homing replaces only a set of one value: remove the values it should not keep in the Huawei Cloud DNS console, or manage another name</source>
        <translation>%2 在线路 %3 上的 %1 记录集有多个值（%4），且都不是 %5；Homing 只替换只有一个值的记录集：请在云解析服务 DNS 控制台删除不应保留的值，或改为管理另一个域名</translation>
    </message>
    <message>
        <source> (ISP line %1)</source>
        <translation>（解析线路 %1）</translation>
    </message>
    <message>
        <source>the credentials work and the zone %1 is found; the %2 record set of %3 holds several values (%4): an update leaves it as it is when one of them is the address, and refuses to replace them otherwise</source>
        <translation>凭据可用，已找到域名 %1；%3 的 %2 记录集有多个值（%4）：其中之一是本机地址时更新会保持原样，否则会拒绝替换它们</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>TTL changed to %1</source>
        <translation>TTL 已改为 %1</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 修改</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS answered with the values %1 instead of %2</source>
        <translation>华为云解析 DNS 返回的值是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>record set %1</source>
        <translation>记录集%1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>Huawei Cloud takes a request only within 15 minutes of its clock: correct this computer&apos;s clock</source>
        <translation>华为云只接受与其时钟相差 15 分钟以内的请求：请校正本机时钟</translation>
    </message>
    <message>
        <source>check the Access Key ID and Secret Access Key; after 5 failures in a row the key is locked for 5 minutes</source>
        <translation>请检查访问密钥 ID 和秘密访问密钥；连续失败 5 次后该密钥会被锁定 5 分钟</translation>
    </message>
    <message>
        <source>no such API here: check the account&apos;s region and endpoint</source>
        <translation>此处没有该 API：请检查账号的区域和终端节点</translation>
    </message>
    <message>
        <source>TTLs are 1 to 2147483647 s (300 when unset) and a zone may allow a narrower range: set the record&apos;s ttl within the one below</source>
        <translation>TTL 为 1 至 2147483647 秒（未设置时为 300），某些域名允许的范围更窄：请把记录的 ttl 设在下面给出的范围内</translation>
    </message>
    <message>
        <source>a set of this name, type and line exists that Homing did not list: set the record&apos;s record_id</source>
        <translation>已存在该名称、类型和线路的记录集，但 Homing 没有列出它：请设置记录的 record_id</translation>
    </message>
    <message>
        <source>the record set quota is used up: delete unused record sets or ask Huawei Cloud for more</source>
        <translation>记录集配额已用完：请删除不用的记录集，或向华为云申请提高配额</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Huawei Cloud DNS takes a TTL of 1 to 2147483647 seconds (300 when none is set)</source>
        <translation>华为云解析 DNS 接受 1 至 2147483647 秒的 TTL（未设置时为 300）</translation>
    </message>
    <message>
        <source>must be a line ID as the API spells it (default_view, Dianxin, Liantong, Yidong, Abroad, ...), not the line&apos;s name in the console</source>
        <translation>必须是 API 写法的线路 ID（default_view、Dianxin、Liantong、Yidong、Abroad 等），而不是控制台中的线路名称</translation>
    </message>
    <message>
        <source>must be the record set&apos;s ID (letters and digits, as in the record set&apos;s details in the console)</source>
        <translation>必须是记录集的 ID（字母和数字，见控制台中该记录集的详情）</translation>
    </message>
    <message>
        <source>must be an Access Key ID (AK): letters and digits, as in the credentials.csv file of the access key</source>
        <translation>必须是访问密钥 ID（AK）：字母和数字，见访问密钥的 credentials.csv 文件</translation>
    </message>
    <message>
        <source>must be a region ID such as cn-north-4 or ap-southeast-1, or empty for the global endpoint</source>
        <translation>必须是区域 ID（如 cn-north-4 或 ap-southeast-1），留空则使用全局终端节点</translation>
    </message>
    <message>
        <source>must be the 32-character project ID from My Credentials &gt; API Credentials, or empty</source>
        <translation>必须是“我的凭证 &gt; API凭证”中 32 个字符的项目 ID，或者留空</translation>
    </message>
    <message>
        <source>the account has more than %1 public zones in Huawei Cloud DNS; Homing reads at most that many to find the one that holds a name and changes nothing: use an access key of an account, or an IAM user of a project, that sees fewer zones</source>
        <translation>该账号在华为云云解析服务中有超过 %1 个公网域名；Homing 为查找名称所属域名最多读取这么多，因此不做任何修改：请使用能看到更少域名的账号或项目 IAM 用户的访问密钥</translation>
    </message>
</context>
<context>
    <name>homing::providers::Ionos</name>
    <message>
        <source>an IONOS API key is written prefix.secret: the public prefix, a dot, and the secret, as the developer portal shows them</source>
        <translation>IONOS API 密钥的写法是 prefix.secret：公开前缀、一个点，再加密钥，与开发者门户显示的一致</translation>
    </message>
    <message>
        <source>IONOS&apos;s zone list is not a list</source>
        <translation>IONOS 的区域列表不是列表</translation>
    </message>
    <message>
        <source>the API key works but the account has no zone</source>
        <translation>API 密钥可用，但账户中没有区域</translation>
    </message>
    <message>
        <source>the API key works; it can read the zone(s) %1</source>
        <translation>API 密钥可用；它能读取区域 %1</translation>
    </message>
    <message>
        <source>no zone of this IONOS account contains %1 (an API key reaches every zone of its own account only)</source>
        <translation>这个 IONOS 账户中没有包含 %1 的区域（API 密钥只能访问它自己账户的区域）</translation>
    </message>
    <message>
        <source>the IONOS zone %1 is a secondary (SLAVE) zone: change the record at its primary name server</source>
        <translation>IONOS 区域 %1 是辅（SLAVE）区域：请在它的主名称服务器上修改记录</translation>
    </message>
    <message>
        <source>IONOS&apos;s zone holds no record list</source>
        <translation>IONOS 的区域中没有记录列表</translation>
    </message>
    <message>
        <source>the %1 record of %2 (id %3) is deactivated at IONOS; Homing does not change a deactivated record: activate it, or delete it</source>
        <translation>%2 的 %1 记录（ID %3）在 IONOS 已停用；Homing 不修改停用的记录：请启用或删除它</translation>
    </message>
    <message>
        <source>IONOS answered with %1 instead of %2</source>
        <translation>IONOS 回复的是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态 %1：%2</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>create a key in the IONOS developer portal (developer.hosting.ionos.com) and give it as prefix.secret</source>
        <translation>请在 IONOS 开发者门户（developer.hosting.ionos.com）中创建密钥，并按 prefix.secret 的形式填写</translation>
    </message>
    <message>
        <source>IONOS takes TTLs from %1 to %2 seconds (0 uses 3600)</source>
        <translation>IONOS 接受 %1 到 %2 秒的 TTL（0 表示使用 3600）</translation>
    </message>
</context>
<context>
    <name>homing::providers::JsonRest</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>the credentials work but show no domain: %1</source>
        <translation>凭据有效，但看不到任何域名：%1</translation>
    </message>
    <message>
        <source>the credentials work; they reach %1 domain(s): %2</source>
        <translation>凭据有效；可访问 %1 个域名：%2</translation>
    </message>
    <message>
        <source>record created</source>
        <translation>已创建记录</translation>
    </message>
    <message>
        <source>record changed from %1</source>
        <translation>记录已从 %1 更改</translation>
    </message>
    <message>
        <source>%1; the record changed between Homing&apos;s read and its write: Homing looks again next time</source>
        <translation>%1；记录在 Homing 读取之后、写入之前被改动了：Homing 下次会重新读取</translation>
    </message>
</context>
<context>
    <name>homing::providers::Namecheap</name>
    <message>
        <source>must be the domain as registered at Namecheap, such as example.com (internationalised names in punycode, xn--…)</source>
        <translation>必须是在 Namecheap 注册的域名，例如 example.com（国际化域名用 punycode 形式，xn--…）</translation>
    </message>
    <message>
        <source>is not %1 or a name under it, the account&apos;s Namecheap domain: use another account for another domain (each domain has its own Dynamic DNS password)</source>
        <translation>不是本账户的 Namecheap 域名 %1 或其下的名称：其他域名请另建账户（每个域名有自己的动态 DNS 密码）</translation>
    </message>
    <message>
        <source>Namecheap&apos;s dynamic DNS updates IPv4 (A) records only; it has no way to set an AAAA record</source>
        <translation>Namecheap 的动态 DNS 只能更新 IPv4（A）记录，无法设置 AAAA 记录</translation>
    </message>
    <message>
        <source>Namecheap&apos;s dynamic DNS takes no TTL (set it on the record in Advanced DNS); ignored</source>
        <translation>Namecheap 的动态 DNS 不接受 TTL（请在 Advanced DNS 中为记录设置）；已忽略</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态 %1：%2</translation>
    </message>
    <message>
        <source>Namecheap&apos;s answer is not the XML Homing knows: %1</source>
        <translation>Namecheap 的回复不是 Homing 认识的 XML：%1</translation>
    </message>
    <message>
        <source>Namecheap reports %1 instead of the address sent, %2</source>
        <translation>Namecheap 报告的是 %1，而不是发送的地址 %2</translation>
    </message>
    <message>
        <source>Namecheap set %1</source>
        <translation>Namecheap 已设为 %1</translation>
    </message>
    <message>
        <source>Namecheap refused the password (%1): use the domain&apos;s Dynamic DNS password from Domain List &gt; Manage &gt; Advanced DNS &gt; Dynamic DNS, not the account password, and check that Dynamic DNS is turned on there</source>
        <translation>Namecheap 拒绝了密码（%1）：请使用 Domain List &gt; Manage &gt; Advanced DNS &gt; Dynamic DNS 中该域名的动态 DNS 密码，而不是账户密码，并确认那里已开启 Dynamic DNS</translation>
    </message>
    <message>
        <source>Namecheap found no dynamic record to update (%1): add the host in Advanced DNS as an &quot;A + Dynamic DNS Record&quot;</source>
        <translation>Namecheap 找不到可更新的动态记录（%1）：请在 Advanced DNS 中把该主机添加为“A + Dynamic DNS Record”</translation>
    </message>
    <message>
        <source>Namecheap does not know the domain (%1): check the account&apos;s domain setting and that the domain uses Namecheap&apos;s BasicDNS or PremiumDNS</source>
        <translation>Namecheap 不认识该域名（%1）：请检查账户的 domain 设置，并确认该域名使用 Namecheap 的 BasicDNS 或 PremiumDNS</translation>
    </message>
    <message>
        <source>Namecheap refused the address %1 (%2): its dynamic DNS takes public IPv4 addresses only</source>
        <translation>Namecheap 拒绝了地址 %1（%2）：它的动态 DNS 只接受公网 IPv4 地址</translation>
    </message>
    <message>
        <source>Namecheap: %1</source>
        <translation>Namecheap：%1</translation>
    </message>
    <message>
        <source>Namecheap answered with an error Homing does not know: %1</source>
        <translation>Namecheap 返回了 Homing 不认识的错误：%1</translation>
    </message>
</context>
<context>
    <name>homing::providers::Porkbun</name>
    <message>
        <source>Porkbun&apos;s list of domains is not a list</source>
        <translation>Porkbun 返回的域名列表不是列表</translation>
    </message>
    <message>
        <source>the account has no domain at Porkbun</source>
        <translation>该账号在 Porkbun 没有域名</translation>
    </message>
    <message>
        <source>no domain of this Porkbun account holds %1: check the record&apos;s name, and that the domain is registered in this account</source>
        <translation>此 Porkbun 账号中没有包含 %1 的域名：请检查记录名称，并确认该域名注册在此账号下</translation>
    </message>
    <message>
        <source>Porkbun&apos;s answer holds no list of records for %1</source>
        <translation>Porkbun 的应答中没有 %1 的记录列表</translation>
    </message>
    <message>
        <source>%1. Porkbun answers this when a key sends more than about one request a second; Homing tries again later</source>
        <translation>%1。当一个密钥每秒发送超过约一个请求时，Porkbun 会这样应答；Homing 稍后重试</translation>
    </message>
    <message>
        <source>%1. Porkbun lets API keys change only the domains whose API ACCESS switch is on: in Porkbun&apos;s Domain Management, open the domain&apos;s Details and switch API ACCESS on</source>
        <translation>%1。Porkbun 只允许 API 密钥修改已打开 API ACCESS 开关的域名：请在 Porkbun 的 Domain Management 中打开该域名的 Details，并打开 API ACCESS</translation>
    </message>
    <message>
        <source>%1. Porkbun refused the key: check the API key (pk1_…) and the secret API key (sk1_…) at porkbun.com/account/api</source>
        <translation>%1。Porkbun 拒绝了密钥：请在 porkbun.com/account/api 检查 API 密钥（pk1_…）和 Secret API 密钥（sk1_…）</translation>
    </message>
    <message>
        <source>%1. Porkbun&apos;s DNS API takes only domains registered in this account</source>
        <translation>%1。Porkbun 的 DNS API 只接受注册在此账号下的域名</translation>
    </message>
    <message>
        <source>%1. Porkbun takes TTLs of 600 seconds or more: set the record&apos;s ttl to 600 or more</source>
        <translation>%1。Porkbun 接受 600 秒及以上的 TTL：请将记录的 ttl 设为 600 或更大</translation>
    </message>
    <message>
        <source>Porkbun takes TTLs of 600 seconds (its minimum and default) to 604800</source>
        <translation>Porkbun 接受的 TTL 为 600 秒（其最小值和默认值）至 604800 秒</translation>
    </message>
    <message>
        <source>is the secret API key (sk1_…): put the API key (pk1_…) here and the secret in the account&apos;s secrets</source>
        <translation>这是 Secret API 密钥（sk1_…）：请在这里填写 API 密钥（pk1_…），并把 Secret 放在账号的机密项中</translation>
    </message>
</context>
<context>
    <name>homing::providers::PowerDns</name>
    <message>
        <source>the PowerDNS API answered something other than JSON of the expected shape: %1. Check that the account&apos;s endpoint is the PowerDNS webserver (webserver-address and webserver-port of pdns.conf)</source>
        <translation>PowerDNS API 的应答不是预期结构的 JSON：%1。请检查账户的 endpoint 是否为 PowerDNS 的 Web 服务器（pdns.conf 中的 webserver-address 和 webserver-port）</translation>
    </message>
    <message>
        <source>PowerDNS has no server %1: set the account&apos;s server_id to the server&apos;s id (localhost unless the server was set up otherwise)</source>
        <translation>PowerDNS 没有服务器 %1：请将账户的 server_id 设为该服务器的 id（除非另行配置，否则为 localhost）</translation>
    </message>
    <message>
        <source>PowerDNS server %1 has no zone %2: create the zone (pdnsutil create-zone %3), or correct the account&apos;s zone setting, or clear it to let Homing find the zone</source>
        <translation>PowerDNS 服务器 %1 上没有区域 %2：请创建该区域（pdnsutil create-zone %3），或更正账户的 zone 设置，或将其清空，让 Homing 自动查找区域</translation>
    </message>
    <message>
        <source>the PowerDNS server %1 has no zone: create one (pdnsutil create-zone)</source>
        <translation>PowerDNS 服务器 %1 上没有任何区域：请创建一个（pdnsutil create-zone）</translation>
    </message>
    <message>
        <source>no zone of the PowerDNS server %1 holds %2 (it has: %3): create the zone, or correct the record&apos;s name or the account&apos;s server_id</source>
        <translation>PowerDNS 服务器 %1 上没有包含 %2 的区域（现有：%3）：请创建该区域，或更正记录名称或账户的 server_id</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>无区域</translation>
    </message>
    <message>
        <source>the API key works and the PowerDNS server %1 has the zone %2</source>
        <translation>API 密钥有效，PowerDNS 服务器 %1 上有区域 %2</translation>
    </message>
    <message>
        <source>%1 is not in the zone %2: correct the record&apos;s name or the account&apos;s zone setting</source>
        <translation>%1 不在区域 %2 中：请更正记录名称或账户的 zone 设置</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1. The PowerDNS server refused the API key: set the account&apos;s api_key to the api-key of the server&apos;s pdns.conf</source>
        <translation>%1。PowerDNS 服务器拒绝了该 API 密钥：请将账户的 api_key 设为服务器 pdns.conf 中的 api-key</translation>
    </message>
    <message>
        <source>%1. The PowerDNS server refused the request: check that this computer&apos;s address is in webserver-allow-from of the server&apos;s pdns.conf, and the API key</source>
        <translation>%1。PowerDNS 服务器拒绝了该请求：请检查本机地址是否在服务器 pdns.conf 的 webserver-allow-from 中，并检查 API 密钥</translation>
    </message>
    <message>
        <source>%1. PowerDNS refused the change: correct what it names (the record&apos;s name, its ttl or the zone), or the zone itself (pdnsutil check-zone)</source>
        <translation>%1。PowerDNS 拒绝了此次修改：请更正其指出的内容（记录名称、TTL 或区域），或修复区域本身（pdnsutil check-zone）</translation>
    </message>
    <message>
        <source>%1. The PowerDNS server failed; its log says why. Homing tries again later</source>
        <translation>%1。PowerDNS 服务器出错，原因见其日志。Homing 稍后会重试</translation>
    </message>
    <message>
        <source>PowerDNS takes TTLs from 1 to 2147483647 seconds; 0 keeps the RRset&apos;s TTL, or gives a new one 3600 seconds (PowerDNS&apos;s default-ttl)</source>
        <translation>PowerDNS 接受 1 到 2147483647 秒的 TTL；0 表示沿用该 RRset 的 TTL，新建时为 3600 秒（PowerDNS 的 default-ttl）</translation>
    </message>
    <message>
        <source>is not in the account&apos;s zone %1: correct the name or the account&apos;s zone setting</source>
        <translation>不在账户的区域 %1 中：请更正名称或账户的 zone 设置</translation>
    </message>
    <message>
        <source>must be the URL of the PowerDNS webserver, such as https://dns.example.net:8081 (webserver-address and webserver-port of pdns.conf)</source>
        <translation>必须是 PowerDNS Web 服务器的 URL，例如 https://dns.example.net:8081（pdns.conf 中的 webserver-address 和 webserver-port）</translation>
    </message>
    <message>
        <source>must be the PowerDNS server&apos;s id, such as localhost, without spaces, &apos;/&apos;, &apos;?&apos;, &apos;#&apos; or &apos;%&apos;</source>
        <translation>必须是 PowerDNS 服务器的 id，例如 localhost，不能包含空格、&apos;/&apos;、&apos;?&apos;、&apos;#&apos; 或 &apos;%&apos;</translation>
    </message>
    <message>
        <source>must be a zone name such as example.com, or empty to let Homing find the zone</source>
        <translation>必须是区域名称，例如 example.com；留空则由 Homing 自动查找区域</translation>
    </message>
</context>
<context>
    <name>homing::providers::RecordChoice</name>
    <message>
        <source>no %1 record of %2 has the id %3 that the record&apos;s record_id names: correct record_id, or clear it to let Homing find the record by name</source>
        <translation>%2 没有 ID 为 %3 的 %1 记录（记录的 record_id 指定的那条）：请更正 record_id，或清空它，让 Homing 按名称查找记录</translation>
    </message>
    <message>
        <source>%1 %2 records exist for %3 (%4); Homing manages exactly one: set the record&apos;s record_id to the one to manage, or delete the others</source>
        <translation>%3 有 %1 条 %2 记录（%4）；Homing 只管理其中一条：请把记录的 record_id 设为要管理的那条，或删除其他记录</translation>
    </message>
    <message>
        <source>the record already holds %1</source>
        <translation>记录已是 %1</translation>
    </message>
    <message>
        <source>the credentials work and the zone %1 is found; the %2 record of %3 with id %4 holds %5 now</source>
        <translation>凭据有效，已找到域 %1；%3 的 ID 为 %4 的 %2 记录当前为 %5</translation>
    </message>
    <message>
        <source>the credentials work and the zone %1 is found; %2 has no %3 record yet, so the first update creates it</source>
        <translation>凭据有效，已找到域 %1；%2 还没有 %3 记录，首次更新时会创建</translation>
    </message>
    <message>
        <source>the credentials work and the zone %1 is found; the %2 record of %3 holds %4 now</source>
        <translation>凭据有效，已找到域 %1；%3 的 %2 记录当前为 %4</translation>
    </message>
    <message>
        <source>%1 %2 records exist for %3 (%4); Homing manages exactly one and does not guess which: delete the others</source>
        <translation>%3 已有 %1 条 %2 记录（%4）；Homing 只管理其中一条，且不会猜测是哪一条：请删除其余记录</translation>
    </message>
</context>
<context>
    <name>homing::providers::RecordDecision</name>
    <message>
        <source>%1 (ISP line %2)</source>
        <translation>%1（解析线路 %2）</translation>
    </message>
    <message>
        <source>the record already holds %1</source>
        <translation>记录已是 %1</translation>
    </message>
    <message>
        <source>another %1 record of %2 on the line %3 (id %4) already holds %5, so %6 refuses to give it to the record %7 that record_id names: set record_id to %4, or delete one of them (%8)</source>
        <translation>%2 在线路 %3 上的另一条 %1 记录（ID %4）已是 %5，因此 %6 拒绝把它设给 record_id 指定的记录 %7：请把 record_id 改为 %4，或删除其中一条（%8）</translation>
    </message>
    <message>
        <source>%1 says an %2 record of %3 on the line %4 with %5 exists but lists none: look for it in the %1 console (a paused record, or one of another type), then retry (%6)</source>
        <translation>%1 说 %3 在线路 %4 上已有值为 %5 的 %2 记录，但列表中没有：请在 %1 控制台中查找（可能是已暂停的记录，或其他类型的记录），然后重试（%6）</translation>
    </message>
</context>
<context>
    <name>homing::providers::Rfc2136</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>the TSIG secret is not base64 (the &quot;secret&quot; line that tsig-keygen prints for the key, without the quotes)</source>
        <translation>TSIG 密钥内容不是 base64（应为 tsig-keygen 为该密钥输出的 &quot;secret&quot; 一行去掉引号后的值）</translation>
    </message>
    <message>
        <source>name a record, or set the account&apos;s zone, to test it</source>
        <translation>要进行测试，请指定一条记录，或设置账户的 zone</translation>
    </message>
    <message>
        <source>%1 updated %2 in zone %3</source>
        <translation>%1 已更新区域 %3 中的 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written in a DNS message</source>
        <translation>&quot;%1&quot; 无法写入 DNS 消息</translation>
    </message>
    <message>
        <source>%1 answered without signing its answer with the key &quot;%2&quot;, so Homing cannot trust it; check that the server knows this key</source>
        <translation>%1 的应答未用密钥 &quot;%2&quot; 签名，Homing 无法信任该应答；请确认服务器上有此密钥</translation>
    </message>
    <message>
        <source>%1 signed its answer with another key than &quot;%2&quot;</source>
        <translation>%1 的应答所用的签名密钥不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the signature of %1&apos;s answer does not match the key &quot;%2&quot;: the answer was altered on the way, or the server has another secret for this key</source>
        <translation>%1 应答的签名与密钥 &quot;%2&quot; 不符：应答在传输途中被篡改，或服务器上此密钥的内容不同</translation>
    </message>
    <message>
        <source>no such zone: %1 does not serve a zone that holds %2; set the account&apos;s zone, or the server that serves it</source>
        <translation>没有此区域：%1 上没有包含 %2 的区域；请设置账户的 zone，或改用托管该区域的服务器</translation>
    </message>
    <message>
        <source>no such zone: %1 is not authoritative for zone %2</source>
        <translation>没有此区域：%1 不是区域 %2 的权威服务器</translation>
    </message>
    <message>
        <source>%1 serves zone %2 and accepts the key &quot;%3&quot; (%4)</source>
        <translation>%1 上有区域 %2，且接受密钥 &quot;%3&quot;（%4）</translation>
    </message>
    <message>
        <source>%1 is not in zone %2</source>
        <translation>%1 不在区域 %2 中</translation>
    </message>
    <message>
        <source>%1 already serves %2</source>
        <translation>%1 上已是 %2</translation>
    </message>
    <message>
        <source>BADSIG: %1 has another secret for the key &quot;%2&quot;; copy the secret again from the server&apos;s key file</source>
        <translation>BADSIG：%1 上密钥 &quot;%2&quot; 的内容与此不同；请从服务器的密钥文件中重新复制密钥内容</translation>
    </message>
    <message>
        <source>BADKEY: %1 knows no key &quot;%2&quot; with the algorithm %3; check the key&apos;s name and algorithm against the server&apos;s key file</source>
        <translation>BADKEY：%1 上没有算法为 %3 的密钥 &quot;%2&quot;；请对照服务器的密钥文件检查密钥名称和算法</translation>
    </message>
    <message>
        <source>by more than %1</source>
        <translation>偏差超过 %1</translation>
    </message>
    <message>
        <source>%1 behind the server&apos;s</source>
        <translation>比服务器慢 %1</translation>
    </message>
    <message>
        <source>%1 ahead of the server&apos;s</source>
        <translation>比服务器快 %1</translation>
    </message>
    <message>
        <source>BADTIME: this computer&apos;s clock is %1 (the server accepts %2); set the clock right, for example with NTP</source>
        <translation>BADTIME：本机时钟%1（服务器允许的误差为 %2）；请校正时钟，例如使用 NTP</translation>
    </message>
    <message>
        <source>%1 refused the key &quot;%2&quot; (%3)</source>
        <translation>%1 拒绝了密钥 &quot;%2&quot;（%3）</translation>
    </message>
    <message>
        <source>not allowed (REFUSED): %1 does not let the key &quot;%2&quot; change %3; allow it in the zone&apos;s update-policy (BIND) or ACL (Knot), or use a key that may</source>
        <translation>无权修改（REFUSED）：%1 不允许密钥 &quot;%2&quot; 修改 %3；请在该区域的 update-policy（BIND）或 ACL（Knot）中允许，或改用有此权限的密钥</translation>
    </message>
    <message>
        <source>not allowed (NOTAUTH): %1 is not authoritative for zone %2, or does not let the key &quot;%3&quot; update it</source>
        <translation>无权更新（NOTAUTH）：%1 不是区域 %2 的权威服务器，或不允许密钥 &quot;%3&quot; 更新该区域</translation>
    </message>
    <message>
        <source>no such zone (NOTZONE): %1 is not in zone %2 as %3 serves it</source>
        <translation>没有此区域（NOTZONE）：%1 不在 %3 上的区域 %2 内</translation>
    </message>
    <message>
        <source>no such zone (NXDOMAIN): %1 does not serve zone %2</source>
        <translation>没有此区域（NXDOMAIN）：%1 上没有区域 %2</translation>
    </message>
    <message>
        <source>%1 failed to serve the request (SERVFAIL); Homing tries again later</source>
        <translation>%1 未能处理该请求（SERVFAIL）；Homing 稍后会重试</translation>
    </message>
    <message>
        <source>%1 does not take dynamic updates (NOTIMP)</source>
        <translation>%1 不接受动态更新（NOTIMP）</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 返回了 %2</translation>
    </message>
    <message>
        <source>name the DNS server to update: its address or host name</source>
        <translation>请指定要更新的 DNS 服务器：填写其地址或主机名</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>name the TSIG key as the server knows it (the name after &quot;key&quot; in its key file)</source>
        <translation>请填写 TSIG 密钥在服务器上的名称（即其密钥文件中 &quot;key&quot; 之后的名称）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone name</source>
        <translation>&quot;%1&quot; 不是区域名称</translation>
    </message>
    <message>
        <source>hmac-md5 is refused: MD5 is broken; make a new key with tsig-keygen -a hmac-sha256</source>
        <translation>不接受 hmac-md5：MD5 已不安全；请用 tsig-keygen -a hmac-sha256 生成新密钥</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TSIG algorithm Homing knows: use hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1</source>
        <translation>&quot;%1&quot; 不是 Homing 支持的 TSIG 算法：请使用 hmac-sha256、hmac-sha512、hmac-sha384、hmac-sha224 或 hmac-sha1</translation>
    </message>
    <message>
        <source>%1 is not in the account&apos;s zone %2</source>
        <translation>%1 不在账户的区域 %2 中</translation>
    </message>
    <message>
        <source>no such zone (%1): %2 does not serve a zone that holds %3</source>
        <translation>没有此区域（%1）：%2 上没有包含 %3 的区域</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or host name; write the port in the port setting</source>
        <translation>&quot;%1&quot; 不是地址或主机名；端口请填写在 port 设置中</translation>
    </message>
    <message>
        <source>not allowed (BADKEY): %1 accepted the key &quot;%2&quot; to read, but does not let it change %3; allow it in the zone&apos;s update-policy (BIND) or ACL (Knot), or use a key that may</source>
        <translation>不允许（BADKEY）：%1 接受密钥 &quot;%2&quot; 用于查询，但不允许它修改 %3；请在该区域的 update-policy（BIND）或 ACL（Knot）中允许，或改用有权限的密钥</translation>
    </message>
</context>
<context>
    <name>homing::providers::Route53</name>
    <message>
        <source>AWS accepts a signed request only within 5 minutes of its own time: set this computer&apos;s clock right (turn on automatic time)</source>
        <translation>AWS 只接受与其时间相差 5 分钟以内的签名请求：请校准本机时钟（开启自动对时）</translation>
    </message>
    <message>
        <source>AWS does not know this access key ID: check it, or create a new access key in the IAM console</source>
        <translation>AWS 不认识这个访问密钥 ID：请检查，或在 IAM 控制台新建访问密钥</translation>
    </message>
    <message>
        <source>the secret access key does not belong to this access key ID: enter the secret shown when the key was created</source>
        <translation>私有访问密钥与该访问密钥 ID 不匹配：请填写创建密钥时显示的私有访问密钥</translation>
    </message>
    <message>
        <source>the IAM user needs route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone/&lt;zone ID&gt;</source>
        <translation>IAM 用户需要对 arn:aws:route53:::hostedzone/&lt;托管区域 ID&gt; 的 route53:ListHostedZonesByName、route53:ListResourceRecordSets 和 route53:ChangeResourceRecordSets 权限</translation>
    </message>
    <message>
        <source>Route 53 takes five requests a second per account, and one change of a zone at a time; Homing tries again later</source>
        <translation>Route 53 每个账户每秒只接受五个请求，且同一托管区域一次只处理一个更改；Homing 稍后重试</translation>
    </message>
    <message>
        <source>finding the hosted zone and the record set of %1 took more requests than Homing makes for one record; Homing changes nothing: set the account&apos;s hosted_zone_id</source>
        <translation>查找 %1 的托管区域和记录集所需的请求超过了 Homing 对一条记录的上限；Homing 未做任何更改：请设置账户的 hosted_zone_id</translation>
    </message>
    <message>
        <source>the access key works but lists no hosted zone: create the zone in Route 53, or allow route53:ListHostedZonesByName</source>
        <translation>访问密钥有效，但列不出任何托管区域：请在 Route 53 中创建托管区域，或授予 route53:ListHostedZonesByName 权限</translation>
    </message>
    <message>
        <source>no public hosted zone</source>
        <translation>没有公有托管区域</translation>
    </message>
    <message>
        <source> (private, used only when the account&apos;s hosted_zone_id names one: %1)</source>
        <translation>（私有托管区域，仅当账户的 hosted_zone_id 指定时才使用：%1）</translation>
    </message>
    <message>
        <source>, and more</source>
        <translation>，以及更多</translation>
    </message>
    <message>
        <source>the access key works; hosted zones: %1</source>
        <translation>访问密钥有效；托管区域：%1</translation>
    </message>
    <message>
        <source>no public hosted zone of this AWS account holds %1</source>
        <translation>此 AWS 账户中没有包含 %1 的公有托管区域</translation>
    </message>
    <message>
        <source>; only the private hosted zone(s) %1, which Homing changes only when the account&apos;s hosted_zone_id names one</source>
        <translation>；只有私有托管区域 %1，Homing 仅在账户的 hosted_zone_id 指定时才会更改</translation>
    </message>
    <message>
        <source>%1 public hosted zones are named %2 (%3); Homing does not guess: set the account&apos;s hosted_zone_id to the one that is delegated</source>
        <translation>有 %1 个名为 %2 的公有托管区域（%3）；Homing 不做猜测：请把账户的 hosted_zone_id 设为已委派的那个</translation>
    </message>
    <message>
        <source>Route 53 listed the hosted zone %1 without an ID</source>
        <translation>Route 53 列出的托管区域 %1 没有 ID</translation>
    </message>
    <message>
        <source>the access key works and can read the hosted zone %1</source>
        <translation>访问密钥有效，可以读取托管区域 %1</translation>
    </message>
    <message>
        <source>the %1 record set of %2</source>
        <translation>%2 的 %1 记录集</translation>
    </message>
    <message>
        <source>the %1 record set of %2 with the set identifier %3</source>
        <translation>%2 的设置标识符为 %3 的 %1 记录集</translation>
    </message>
    <message>
        <source>no %1 record set of %2 has the set identifier %3 that the record&apos;s set_identifier names (there are: %4): correct set_identifier, or clear it to manage the simple record set</source>
        <translation>%2 没有设置标识符为 %3（记录的 set_identifier 所指定）的 %1 记录集（现有：%4）：请更正 set_identifier，或清空它以管理简单路由记录集</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 has only routing-policy %2 record sets (weighted, latency, failover or the like; set identifiers %3); Homing leaves them alone unless the record&apos;s set_identifier names the one to manage</source>
        <translation>%1 只有带路由策略的 %2 记录集（加权、延迟、故障转移等；设置标识符 %3）；除非记录的 set_identifier 指定要管理哪一个，Homing 不会改动它们</translation>
    </message>
    <message>
        <source>%1 is an alias to %2; Homing does not replace an alias with an address: delete the alias in the Route 53 console, or use another name</source>
        <translation>%1 是指向 %2 的别名；Homing 不会用地址替换别名：请在 Route 53 控制台删除该别名，或使用其他名称</translation>
    </message>
    <message>
        <source>%1 belongs to a traffic policy instance; Homing does not change it: use another name</source>
        <translation>%1 属于某个流量策略实例；Homing 不会更改它：请使用其他名称</translation>
    </message>
    <message>
        <source>%1 holds %2 values (%3)%4; Homing manages a record set of one value and does not guess which to replace: remove the others in the Route 53 console, or use another name</source>
        <translation>%1 有 %2 个值（%3）%4；Homing 只管理单个值的记录集，不会猜测该替换哪一个：请在 Route 53 控制台删除其他值，或使用其他名称</translation>
    </message>
    <message>
        <source> and none is %1</source>
        <translation>，且都不是 %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 更改</translation>
    </message>
    <message>
        <source>record set %1 (change %2, %3)</source>
        <translation>记录集%1（更改 %2，%3）</translation>
    </message>
    <message>
        <source>Route 53 answered with &lt;%1&gt;, which Homing did not expect</source>
        <translation>Route 53 返回了 Homing 未预期的 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>HTTP status %1, an answer that is not XML (%2): %3</source>
        <translation>HTTP 状态 %1，应答不是 XML（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (HTTP status %2): %3</source>
        <translation>%1（HTTP 状态 %2）：%3</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>Route 53 accepts 0 to 2147483647 seconds</source>
        <translation>Route 53 接受 0 到 2147483647 秒</translation>
    </message>
    <message>
        <source>a set identifier has 1 to 128 characters</source>
        <translation>设置标识符为 1 到 128 个字符</translation>
    </message>
    <message>
        <source>must be an AWS access key ID (20 capital letters and digits, starting with AKIA)</source>
        <translation>必须是 AWS 访问密钥 ID（20 位大写字母和数字，以 AKIA 开头）</translation>
    </message>
    <message>
        <source>must be a hosted zone ID such as Z148QEXAMPLE8V</source>
        <translation>必须是托管区域 ID，例如 Z148QEXAMPLE8V</translation>
    </message>
    <message>
        <source>the record set changed between Homing&apos;s read and its write (the console, or another client); Route 53 refused the change whole and Homing reads the set again at the next try</source>
        <translation>记录集在 Homing 读取与写入之间被改动（控制台或其他客户端）；Route 53 整体拒绝了这次更改，Homing 会在下次尝试时重新读取该记录集</translation>
    </message>
</context>
<context>
    <name>homing::providers::Volcengine</name>
    <message>
        <source>check access_key_id: it must be an active access key of the IAM user (Volcengine console, Identity and Access Management &gt; Users &gt; the user &gt; API keys)</source>
        <translation>请检查 access_key_id：它必须是该 IAM 用户一个已启用的访问密钥（火山引擎控制台：访问控制 &gt; 用户 &gt; 该用户 &gt; API 访问密钥）</translation>
    </message>
    <message>
        <source>check secret_access_key: it must be the secret shown when the access key was created</source>
        <translation>请检查 secret_access_key：它必须是创建访问密钥时显示的 SecretAccessKey</translation>
    </message>
    <message>
        <source>the key&apos;s IAM user may not do this: attach the policy DNSFullAccess to it, or a custom policy allowing dns:ListZones, dns:ListRecords, dns:CreateRecord and dns:UpdateRecord</source>
        <translation>该密钥所属的 IAM 用户无权执行此操作：请为其授权策略 DNSFullAccess，或允许 dns:ListZones、dns:ListRecords、dns:CreateRecord 和 dns:UpdateRecord 的自定义策略</translation>
    </message>
    <message>
        <source>Volcengine refused the request&apos;s time (X-Date): set this computer&apos;s clock right, for example with NTP</source>
        <translation>火山引擎拒绝了请求的时间（X-Date）：请校准本机时钟，例如使用 NTP</translation>
    </message>
    <message>
        <source>Volcengine&apos;s zone list holds no list of zones</source>
        <translation>火山引擎返回的域名列表中没有域名列表</translation>
    </message>
    <message>
        <source>the access key works but the account holds no zone in Volcengine DNS: add the domain to Volcengine DNS in the console</source>
        <translation>访问密钥可用，但该账号在火山引擎云解析 DNS 中没有域名：请在控制台（云解析 DNS）中添加域名</translation>
    </message>
    <message>
        <source>the access key works; the account holds the zone(s) %1</source>
        <translation>访问密钥可用；该账号拥有域名 %1</translation>
    </message>
    <message>
        <source>no zone of this Volcengine account holds %1: add the domain to Volcengine DNS in the console, or correct the record&apos;s name</source>
        <translation>该火山引擎账号中没有包含 %1 的域名：请在控制台（云解析 DNS）中添加域名，或更正记录名称</translation>
    </message>
    <message>
        <source>the zone %1 has no ZID</source>
        <translation>域名 %1 没有 ZID</translation>
    </message>
    <message>
        <source>Volcengine&apos;s record list holds no list of records</source>
        <translation>火山引擎返回的解析记录列表中没有记录列表</translation>
    </message>
    <message>
        <source>Volcengine listed %1 %2 records for %3, more than Homing reads (%4); Homing changes nothing</source>
        <translation>火山引擎为 %3 列出了 %1 条 %2 记录，超过 Homing 读取的数量（%4）；Homing 不做任何更改</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（解析线路 %2）</translation>
    </message>
    <message>
        <source>created on line %1</source>
        <translation>已在解析线路 %1 上创建</translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>已从 %1 更改</translation>
    </message>
    <message>
        <source>the record is paused in the console, so it does not resolve until enabled</source>
        <translation>该记录在控制台中处于暂停状态，启用前不会生效</translation>
    </message>
    <message>
        <source>Volcengine answered with %1 instead of %2</source>
        <translation>火山引擎返回的是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>Volcengine already holds this record (%1)</source>
        <translation>火山引擎中已存在该记录（%1）</translation>
    </message>
    <message>
        <source>another %1 record of %2 on line %3 already holds %4: delete one of them</source>
        <translation>%2 在解析线路 %3 上的另一条 %1 记录已指向 %4：请删除其中一条</translation>
    </message>
    <message>
        <source>the record asks for a TTL of %1 s: the free edition of Volcengine DNS takes %2 s at least, paid editions less; raise the record&apos;s ttl or upgrade the zone&apos;s edition</source>
        <translation>该记录要求的 TTL 为 %1 秒：火山引擎云解析 DNS 免费版最低为 %2 秒，付费版本可更低；请调高记录的 ttl，或升级该域名的版本</translation>
    </message>
    <message>
        <source>check the record&apos;s line %1: it must be a line the zone&apos;s edition offers</source>
        <translation>请检查记录的解析线路 %1：它必须是该域名所属版本提供的线路</translation>
    </message>
    <message>
        <source>the zone %1 is gone from the account</source>
        <translation>域名 %1 已不在该账号中</translation>
    </message>
    <message>
        <source>HTTP status %1, an answer without a Result: %2</source>
        <translation>HTTP 状态 %1，应答中没有 Result：%2</translation>
    </message>
    <message>
        <source>HTTP status %1, %2: %3</source>
        <translation>HTTP 状态 %1，%2：%3</translation>
    </message>
    <message>
        <source>HTTP status %1, %2</source>
        <translation>HTTP 状态 %1，%2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>Volcengine DNS takes a TTL of %1 to %2 seconds (the free edition %3 at least)</source>
        <translation>火山引擎云解析 DNS 的 TTL 为 %1 到 %2 秒（免费版至少 %3 秒）</translation>
    </message>
    <message>
        <source>the free edition of Volcengine DNS takes a TTL of %1 s at least; less needs a paid edition of the zone</source>
        <translation>火山引擎云解析 DNS 免费版的 TTL 最低为 %1 秒；更低的值需要该域名使用付费版本</translation>
    </message>
    <message>
        <source>must be the name of a line, such as default</source>
        <translation>必须是解析线路的名称，例如 default</translation>
    </message>
    <message>
        <source>must be the record&apos;s RecordID from the console or ListRecords</source>
        <translation>必须是控制台或 ListRecords 给出的记录 RecordID</translation>
    </message>
    <message>
        <source>must be the access key ID (AccessKeyId), without spaces</source>
        <translation>必须是访问密钥 ID（AccessKeyId），且不含空格</translation>
    </message>
    <message>
        <source>the Volcengine account holds %1 zones, more than Homing reads (%2) to find the one that holds a name; Homing changes nothing: use an access key of an account, or an IAM user limited to the zones it needs, that sees fewer zones</source>
        <translation>该火山引擎账号有 %1 个域名，超过 Homing 为查找名称所属域名而读取的上限（%2）；Homing 不做任何修改：请使用能看到更少域名的账号，或仅授权所需域名的 IAM 用户的访问密钥</translation>
    </message>
</context>
</TS>
