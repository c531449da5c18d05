#!/bin/sh
# Start-up of gocon against a hello-world jar on the same JDK, in one run (issue 17's goals):
# `gocon --version` and `gocon list` with hyperfine, and the prompt's first "gocon>" with
# first-prompt.py. Both gocon and hello-world run from an AOT cache trained as the launcher trains it.
# Usage: bench/startup/run.sh   (from the project root, after `mvn -DskipTests package`)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${GOCON_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java | head -n 1)}
work=$(mktemp -d)
jar="$root/app/target/gocon.jar"

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$work/hello/Hello.java"
"$(dirname "$java")/javac" -d "$work/hello" "$work/hello/Hello.java"
printf 'Main-Class: Hello\n' >"$work/hello/m.txt"
"$(dirname "$java")/jar" cfm "$work/hello.jar" "$work/hello/m.txt" -C "$work/hello" Hello.class

"$java" -XX:AOTCacheOutput="$work/hello.aot" -Xlog:aot=off -Xlog:cds=off -jar "$work/hello.jar" >/dev/null
# the launcher's training run: the prompt, --version, a list and a lesson, on a pseudo-terminal
printf '%s\n' --version list 'lesson kitchens --text' q | XDG_STATE_HOME="$work/state" TERM=xterm-256color \
  script -qec "'$java' -XX:AOTCacheOutput='$work/gocon.aot' -Xlog:aot=off -Xlog:cds=off -jar '$jar'" /dev/null >/dev/null

hello="$java -XX:AOTCache=$work/hello.aot -Xlog:aot=off -jar $work/hello.jar"
gocon="$java -XX:AOTCache=$work/gocon.aot -Xlog:aot=off -jar $jar"
uptime
hyperfine -N -w 3 -r 20 "$hello" "$gocon --version" "$gocon list"
echo "first prompt (gocon repl on a pseudo-terminal):"
XDG_STATE_HOME="$work/state" python3 "$here/first-prompt.py" 10 $gocon repl
rm -rf "$work"
