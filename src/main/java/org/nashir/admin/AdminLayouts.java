package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.nashir.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

@Component
class AdminLayouts {

    AdminLayout layout(HttpServletRequest request, String title, String notice) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StaffPrincipal staff = current();
        List<AdminLayout.NavItem> navigation = new ArrayList<>();
        if (staff != null) {
            String path = request.getRequestURI();
            navigation.add(new AdminLayout.NavItem("الأخبار", "/admin/stories", path.startsWith("/admin/stories")));
            navigation.add(new AdminLayout.NavItem("مكتبة الصور", "/admin/media", path.startsWith("/admin/media")));
            if (staff.role().canPublish()) {
                navigation.add(new AdminLayout.NavItem("الأقسام", "/admin/sections", path.startsWith("/admin/sections")));
                navigation.add(new AdminLayout.NavItem("الكتّاب", "/admin/authors", path.startsWith("/admin/authors")));
                navigation.add(new AdminLayout.NavItem("الوسوم", "/admin/tags", path.startsWith("/admin/tags")));
                navigation.add(new AdminLayout.NavItem("البحث", "/admin/search", path.startsWith("/admin/search")));
            }
            if (staff.role().canManageSite()) {
                navigation.add(new AdminLayout.NavItem("المستخدمون", "/admin/users", path.startsWith("/admin/users")));
                navigation.add(new AdminLayout.NavItem("خطافات الويب", "/admin/webhooks", path.startsWith("/admin/webhooks")));
                navigation.add(new AdminLayout.NavItem("الإعدادات", "/admin/settings", path.startsWith("/admin/settings")));
                navigation.add(new AdminLayout.NavItem("استيراد", "/admin/import", path.startsWith("/admin/import")));
            }
            navigation.add(new AdminLayout.NavItem("حسابي", "/admin/account", path.startsWith("/admin/account")));
        }
        return new AdminLayout(title + " | لوحة التحرير", staff == null ? null : staff.displayName(),
                staff == null ? null : staff.role().arabicName(), navigation,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(), notice);
    }

    static StaffPrincipal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
    }
}
