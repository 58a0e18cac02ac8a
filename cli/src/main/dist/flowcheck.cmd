@echo off
rem flowcheck: starts flowcheck.jar, which sits in the folder of this script, with the JVM options a
rem short run needs (docs/jar.md). Every argument goes to the jar unchanged; the exit status is the
rem jar's, 2 when this script cannot start it (one line says why).
rem
rem   JAVA_HOME                       the JDK to use, else the java on the PATH (17 or later)
rem   FLOWCHECK_JIT=full              none of the short-run options: the JVM's and Groovy's defaults (long soaks)
rem   JAVA_OPTS, FLOWCHECK_JAVA_OPTS  more JVM options, given last so that they win
rem
rem Unlike the POSIX launcher, this one makes no class cache (so it has no --no-aot-cache either).
setlocal
set "FLOWCHECK_JAR=%~dp0flowcheck.jar"
if exist "%FLOWCHECK_JAR%" goto jarFound
echo flowcheck: %FLOWCHECK_JAR% is missing: keep flowcheck.jar in the folder of this script 1>&2
exit /b 2

:jarFound
rem No parenthesised blocks below: a path such as "C:\Program Files (x86)\..." would end them.
if not defined JAVA_HOME goto javaOnPath
set "FLOWCHECK_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%FLOWCHECK_JAVA%" goto javaFound
echo flowcheck: JAVA_HOME=%JAVA_HOME% has no bin\java.exe: point it at a JDK 17 or later, or unset it to use the java on the PATH 1>&2
exit /b 2

:javaOnPath
set "FLOWCHECK_JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto javaFound
echo flowcheck: no java on the PATH: install a JDK 17 or later, or set JAVA_HOME 1>&2
exit /b 2

:javaFound
rem A run is seconds of work on few cores: the C1 compiler alone and the serial collector leave the
rem cores to the run; Groovy, inside REST Assured, links each call site at its first call.
set "FLOWCHECK_SHORT_RUN=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dgroovy.indy.optimize.threshold=0 -Dgroovy.indy.fallback.threshold=0"
if not defined FLOWCHECK_JIT goto run
if /i "%FLOWCHECK_JIT%"=="full" goto fullJit
echo flowcheck: FLOWCHECK_JIT=%FLOWCHECK_JIT%: set it to full (C1 and C2, the JVM's own collector: long soaks) or leave it unset 1>&2
exit /b 2

:fullJit
set "FLOWCHECK_SHORT_RUN="

:run
"%FLOWCHECK_JAVA%" %FLOWCHECK_SHORT_RUN% %JAVA_OPTS% %FLOWCHECK_JAVA_OPTS% -jar "%FLOWCHECK_JAR%" %*
exit /b %ERRORLEVEL%
