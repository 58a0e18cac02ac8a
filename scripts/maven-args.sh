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
