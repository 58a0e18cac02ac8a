# Sourced by the scripts that run the feature suite: turns their -D settings into Maven's arguments.
# A password given as -Def.password travels as EF_PASSWORD instead: Maven copies -D settings into the
# test JVM's system properties, which test reports list. Fills the array mvn_args.
# -Dstyle.color=never: Maven's colour codes (stray `[0m`) would otherwise end up in captured logs.
mvn_args=(-Dstyle.color=never)
for a in "$@"; do
  case "$a" in
    -Def.password=*) export EF_PASSWORD="${a#-Def.password=}" ;;
    *) mvn_args+=("$a") ;;
  esac
done

# Runs Maven with its output cleaned of the one colour code it writes even with colour off: Maven
# 3.8's console library ends its output with a reset code (ESC[0m), which shows as a stray `[0m`
# in CI logs. Returns Maven's own exit status.
maven() {
  mvn "$@" 2>&1 | sed -u $'s/\x1b\\[[0-9;]*m//g'
  return "${PIPESTATUS[0]}"
}
