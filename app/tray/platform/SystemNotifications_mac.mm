#include "platform/SystemNotifications.h"

#include <QPointer>

#include <atomic>
#include <memory>

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

// UNUserNotificationCenter (macOS 10.14+), as ../shared/reference/platform.md
// §4.1 advises over Qt's NSUserNotificationCenter. It works only inside an
// app bundle and after the user allowed it; until then (or when run as a
// bare binary) show() says no and the tray's balloon is used. Written to
// compile on macOS; not compiled on the Linux machines where Homing is developed.

namespace homing::gui {
class UserNotifications;
}

// Receives the center's callbacks, which may come on any thread.
@interface HomingNotificationDelegate : NSObject <UNUserNotificationCenterDelegate> {
@public
    QPointer<homing::gui::SystemNotifications> owner;
}
@end

@implementation HomingNotificationDelegate
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
       willPresentNotification:(UNNotification *)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler
{
    Q_UNUSED(center);
    Q_UNUSED(notification);
    // Shown even while Homing is the active app.
    if (@available(macOS 11.0, *))
        completionHandler(UNNotificationPresentationOptionBanner | UNNotificationPresentationOptionList);
    else
        completionHandler(UNNotificationPresentationOptionAlert);
}

- (void)userNotificationCenter:(UNUserNotificationCenter *)center
    didReceiveNotificationResponse:(UNNotificationResponse *)response
             withCompletionHandler:(void (^)(void))completionHandler
{
    Q_UNUSED(center);
    if ([response.actionIdentifier isEqualToString:UNNotificationDefaultActionIdentifier]) {
        QPointer<homing::gui::SystemNotifications> target = owner;
        if (target)
            QMetaObject::invokeMethod(target.data(), &homing::gui::SystemNotifications::activated, Qt::QueuedConnection);
    }
    completionHandler();
}
@end

namespace homing::gui {

class UserNotifications final : public SystemNotifications
{
public:
    explicit UserNotifications(QObject *parent)
        : SystemNotifications(parent)
    {
        m_delegate = [[HomingNotificationDelegate alloc] init];
        m_delegate->owner = this;
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        center.delegate = m_delegate;
        std::shared_ptr<std::atomic<bool>> allowed = m_allowed;
        [center requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound)
                              completionHandler:^(BOOL granted, NSError *error) {
                                  Q_UNUSED(error);
                                  allowed->store(granted);
                              }];
    }

    ~UserNotifications() override
    {
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        if (center.delegate == m_delegate)
            center.delegate = nil;
        [m_delegate release];
    }

    bool show(const QString &title, const QString &body, bool urgent, const QString &openLabel) override
    {
        Q_UNUSED(openLabel); // a click on the notification opens the window
        if (!m_allowed->load())
            return false;
        UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
        content.title = title.toNSString();
        content.body = body.toNSString();
        if (urgent)
            content.sound = [UNNotificationSound defaultSound];
        UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:[[NSUUID UUID] UUIDString]
                                                                              content:content
                                                                              trigger:nil];
        [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request withCompletionHandler:nil];
        [content release];
        return true;
    }

private:
    HomingNotificationDelegate *m_delegate = nil;
    std::shared_ptr<std::atomic<bool>> m_allowed = std::make_shared<std::atomic<bool>>(false);
};

SystemNotifications *SystemNotifications::create(QObject *parent)
{
    // Outside a bundle the center raises an exception: use the balloon there.
    if ([[NSBundle mainBundle] bundleIdentifier] == nil)
        return nullptr;
    return new UserNotifications(parent);
}

} // namespace homing::gui
