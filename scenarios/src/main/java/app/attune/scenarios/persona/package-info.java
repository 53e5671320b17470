/**
 * The persona engine: per-conversation state, the style rules that move it, and line choice.
 * Entry points: {@link app.attune.scenarios.persona.PersonaEngine} to start or resume a
 * {@link app.attune.scenarios.persona.Conversation}; {@link app.attune.scenarios.persona.PersonaState}
 * is what the web app stores to resume. Framework-free and deterministic for a given seed.
 */
package app.attune.scenarios.persona;
