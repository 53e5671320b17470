package app.attune.scenarios.format;

/** Who the trainee is coaching. */
public record Persona(String name, String role, String bio) {}
