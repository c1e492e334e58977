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
    <name>homing::IpSourceFactory</name>
    <message>
        <source>&quot;%1&quot; is not a known kind of source (use an https:// echo service URL)</source>
        <translation>&quot;%1&quot; 不是已知的来源类型（请使用 https:// 回显服务 URL）</translation>
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
</context>
<context>
    <name>homing::cli</name>
    <message>
        <source>Usage: homing-cli [options] &lt;command&gt; [arguments]

Keeps DNS records pointed at this network&apos;s changing public address.

Commands:
  run                         Watch the address and update records until stopped
  update [--force] [--record NAME]
                              Detect and update once (asks a running daemon if any)
  status [--json]             Addresses and the state of every record
  ip [--json]                 Detect the addresses only: each source&apos;s answer
  history [--json] [--limit N]
                              Past updates and address changes
  providers [--json]          Supported providers and their settings
  check-config                Validate config.json and check the secrets it names
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
  ip [--json]                 仅检测地址：显示每个来源的响应
  history [--json] [--limit N]
                              以往的更新和地址变化
  providers [--json]          支持的服务商及其设置项
  check-config                验证 config.json，并检查其中引用的凭据
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
</context>
</TS>
