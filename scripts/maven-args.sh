# Sourced by the scripts that run the feature suite: turns their -D settings into Maven's arguments.
# A password given as -Def.password travels as EF_PASSWORD instead: Maven copies -D settings into the
# test JVM's system properties, which test reports list. Fills the array mvn_args.
# -Dstyle.color=never and jansi.noreset: Maven's colour codes, and the reset code (ESC[0m) Maven 3.8's
# console library writes even with colour off, would otherwise show as a stray `[0m` in captured logs.
export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djansi.noreset=true"
mvn_args=(-Dstyle.color=never)
for a in "$@"; do
  case "$a" in
    -Def.password=*) export EF_PASSWORD="${a#-Def.password=}" ;;
    *) mvn_args+=("$a") ;;
  esac
done

