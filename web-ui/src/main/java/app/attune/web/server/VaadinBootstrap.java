package app.attune.web.server;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import java.util.Set;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;

/**
 * Jetty's plain servlet context does no annotation scanning, so Vaadin's container initializers
 * (route registry, app shell, lookup, error views) are registered here by hand, each given the
 * application classes its {@code @HandlesTypes} asks for. The classes come from Micronaut's
 * compile-time bean metadata instead of a slow classpath scan.
 */
final class VaadinBootstrap {
    private VaadinBootstrap() {}

    static void register(ServletContextHandler context, Collection<Class<?>> applicationClasses) {
        for (ServletContainerInitializer initializer :
                ServiceLoader.load(ServletContainerInitializer.class, VaadinBootstrap.class.getClassLoader())) {
            if (!initializer.getClass().getName().startsWith("com.vaadin.")) {
                continue;
            }
            Class<?>[] handled = handledClasses(initializer, applicationClasses);
            context.addServletContainerInitializer(initializer, handled);
        }
    }

    static Class<?>[] handledClasses(ServletContainerInitializer initializer, Collection<Class<?>> candidates) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        if (handles == null) {
            return new Class<?>[0];
        }
        Set<Class<?>> matches = new LinkedHashSet<>();
        for (Class<?> candidate : candidates) {
            if (Arrays.stream(handles.value()).anyMatch(type -> matches(type, candidate))) {
                matches.add(candidate);
            }
        }
        return matches.toArray(Class<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Class<?> type, Class<?> candidate) {
        if (type.isAnnotation()) {
            return candidate.isAnnotationPresent((Class<? extends Annotation>) type);
        }
        return type.isAssignableFrom(candidate) && !type.equals(candidate);
    }
}
