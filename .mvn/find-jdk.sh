# Sourced by ./mvnw and ./attune: makes JAVA_HOME point at a JDK 21 or newer.
# Many machines default to an older java while a newer JDK sits beside it; newcomers should not
# have to know that. Keeps JAVA_HOME or the java on PATH when it is already 21+.

attune_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

attune_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(attune_java_major "$JAVA_HOME/bin/java")
    [ "${v:-0}" -ge 21 ] && return 0
  fi
  onpath=$(command -v javac 2>/dev/null || true)
  if [ -n "$onpath" ]; then
    home=$(dirname "$(dirname "$(readlink -f "$onpath" 2>/dev/null || echo "$onpath")")")
    v=$(attune_java_major "$home/bin/java")
    if [ "${v:-0}" -ge 21 ]; then
      JAVA_HOME="$home"; export JAVA_HOME; return 0
    fi
  fi
  best=""; bestv=0
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/javac" ] || continue
    v=$(attune_java_major "$d/bin/java")
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME="$best"; export JAVA_HOME; return 0
  fi
  echo "Attune needs a JDK 21 or newer and none was found (checked JAVA_HOME, PATH and /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+." >&2
  return 1
}

set +f
attune_find_jdk || exit 1
