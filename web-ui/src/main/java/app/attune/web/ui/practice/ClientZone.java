package app.attune.web.ui.practice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The browser's time zone when Vaadin knows it, otherwise UTC: dates show as the trainee lives them. */
final class ClientZone {
    private ClientZone() {}

    static ZoneId of(UI ui) {
        try {
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null
                    && details.getTimeZoneId() != null
                    && !details.getTimeZoneId().isBlank()) {
                return ZoneId.of(details.getTimeZoneId());
            }
        } catch (RuntimeException e) {
            // no details (yet): fall back below
        }
        return ZoneOffset.UTC;
    }
}
