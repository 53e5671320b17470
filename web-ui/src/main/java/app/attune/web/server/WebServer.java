package app.attune.web.server;

import app.attune.core.account.AccountService;
import app.attune.web.security.SignInFilter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/** Embedded Jetty hosting the Vaadin servlet; the Micronaut context runs beside it. */
public final class WebServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private WebServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts on the port (0 picks a free one); fails with {@link PortInUse} when it is taken. */
    public static WebServer start(int port, ApplicationContext micronaut) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        ClassLoader loader = WebServer.class.getClassLoader();
        context.setClassLoader(loader);
        context.setBaseResource(ResourceFactory.of(context).newResource(staticResourceRoots(loader)));
        context.getSessionHandler().setMaxInactiveInterval(30 * 60);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);

        VaadinBootstrap.register(context, applicationClasses(micronaut));
        context.addFilter(
                new FilterHolder(new SignInFilter(micronaut.getBean(AccountService.class))),
                "/login",
                EnumSet.of(DispatcherType.REQUEST));
        ServletHolder vaadin = context.addServlet(VaadinServlet.class, "/*");
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        server.setHandler(context);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUse(port, e);
            }
            throw new IllegalStateException("The web server could not start: " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("The web server could not start: " + e.getMessage(), e);
        }
        return new WebServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    /** Route targets, error views and the app shell, read from Micronaut's compile-time metadata. */
    static Set<Class<?>> applicationClasses(ApplicationContext micronaut) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (BeanDefinition<?> d : micronaut.getBeanDefinitions(Qualifiers.byStereotype(Route.class))) {
            classes.add(d.getBeanType());
        }
        for (BeanDefinition<?> d : micronaut.getBeanDefinitions(Qualifiers.byStereotype(Layout.class))) {
            classes.add(d.getBeanType());
        }
        for (BeanDefinition<?> d : micronaut.getBeanDefinitions(HasErrorParameter.class)) {
            classes.add(d.getBeanType());
        }
        for (BeanDefinition<?> d : micronaut.getBeanDefinitions(AppShellConfigurator.class)) {
            classes.add(d.getBeanType());
        }
        classes.add(MicronautInstantiatorFactory.class);
        // a scanning container would find Vaadin's own lookup initializer; without it Vaadin defers start-up forever
        classes.add(LookupInitializer.class);
        return classes;
    }

    /** Every classpath META-INF/resources (Lumo's CSS, chart WebJars, our own styles). */
    private static List<URI> staticResourceRoots(ClassLoader loader) {
        try {
            List<URI> roots = new ArrayList<>();
            for (URL url : Collections.list(loader.getResources("META-INF/resources"))) {
                roots.add(url.toURI());
            }
            return roots;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the static resources", e);
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // already failing or stopping: nothing more to do
        }
    }
}
