package app.attune.web.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

/** Found by Vaadin through META-INF/services; hands out the Micronaut-backed instantiator. */
public class MicronautInstantiatorFactory implements InstantiatorFactory {
    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new MicronautInstantiator(service, AttuneRuntime.platform().context());
    }
}
