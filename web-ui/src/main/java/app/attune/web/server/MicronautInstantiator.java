package app.attune.web.server;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;

/**
 * Lets Micronaut build views and other Vaadin objects, so they get core services injected.
 * Classes that are no Micronaut bean fall back to Vaadin's default instantiation.
 */
class MicronautInstantiator extends DefaultInstantiator {
    private final ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (context.containsBean(type)) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }
}
