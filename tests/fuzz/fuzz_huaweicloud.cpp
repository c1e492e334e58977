// A Huawei Cloud DNS job answered with fuzzed replies, one per request:
// pieces separated by "\n%%\n", each "STATUS\n" then the JSON body (zone
// list, record set list, the written set, or an error of the gateway or the
// service). The input's length picks the variant: update or read-only check,
// A or AAAA, the default line or another, a TTL, a record_id, a project.
// Every piece also goes through the error classifier and, as path, query and
// body, through the SDK-HMAC-SHA256 signer.
#include "FuzzSupport.h"
#include "HuaweiCloudProvider.h"
#include "signing/HuaweiSigner.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const HuaweiCloudProvider global(QUrl(QStringLiteral("https://dns.myhuaweicloud.com")),
                                            QStringLiteral("HPUAXYZ1234567890ABC"));
    static const HuaweiCloudProvider withProject(QUrl(QStringLiteral("https://dns.cn-north-4.myhuaweicloud.com:8443")),
                                                 QStringLiteral("HPUAXYZ1234567890ABC"),
                                                 QStringLiteral("05041fffa40025702f6dc009cc6f8f33"));
    const bool v6 = size % 2 == 1;
    const bool check = size % 3 == 0;
    QJsonObject settings;
    if (size % 4 >= 2)
        settings.insert(QStringLiteral("line"), QStringLiteral("Dianxin"));
    if (size % 5 == 0)
        settings.insert(QStringLiteral("record_id"), QStringLiteral("ff8080825b8fc86c015b94bc6f8712c4"));
    const QString name = size % 7 == 0 ? QStringLiteral("example.com") : QStringLiteral("nas.b.example.com.cn");
    const RecordSpec record{name, v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 3) * 60, settings};
    const RecordTarget target{record, QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))};
    const HuaweiCloudProvider &provider = size % 11 == 0 ? withProject : global;
    const SecretValues secrets{{QStringLiteral("secret_access_key"), QStringLiteral("fuzz-secret")}};
    auto job = check ? provider.createCheckJob(size % 13 == 0 ? RecordSpec{} : record, secrets)
                     : provider.createUpdateJob(target, secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });

    for (const QByteArray &piece : replies) {
        const fuzz::Header parsed = fuzz::header(piece);
        HttpReply answer = fuzz::reply(parsed);
        if (parsed.number > 1)
            answer.headers.append({QByteArray("Retry-After"), QByteArray::number(parsed.number)});
        (void)HuaweiCloudProvider::classifyFailure(answer);

        HuaweiRequest signing;
        signing.method = "PUT";
        signing.path = parsed.body.left(256);
        signing.query = {{parsed.body.left(16), parsed.body.mid(16, 64)}, {"limit", "500"}};
        signing.headers = {{"Content-Type", "application/json"}, {"Host", parsed.body.left(32)}};
        signing.payload = parsed.body;
        signing.sdkDate = "20191115T033655Z";
        (void)huaweiAuthorization(signing, QStringLiteral("HPUAXYZ1234567890ABC"), QString::fromUtf8(parsed.body.left(40)));
    }
    return 0;
}
