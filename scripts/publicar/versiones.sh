# Switches the site's published version on the server (or in a local folder): `npm run publicar` runs it
# with `sh -s` over SSH, or with sh on this machine, after it has copied the new version to
# <base>/releases/<name>.parcial. POSIX sh and coreutils only, so any Debian server runs it as is.
#
#   sh versiones.sh publicar <base> <name> <keep>   the copy becomes releases/<name> and `current` points to it
#   sh versiones.sh revertir <base>                  `current` goes back to the version before it
#
# Every message is for the person publishing, in Spanish; it exits with 1 on any problem.
set -eu

fail() {
  printf '%s\n' "$1" >&2
  exit 1
}

action=$1
base=$2
releases="$base/releases"
[ -d "$releases" ] || mkdir -p "$releases"
cd "$releases"

# The version `current` points to (a folder name under releases/), or nothing on the first publication.
current=''
if [ -L "$base/current" ]; then current=$(basename "$(readlink "$base/current")"); fi

# Versions, oldest first: their names are UTC dates, so names sort as time does.
versions() { find . -mindepth 1 -maxdepth 1 -type d ! -name '*.parcial' -exec basename {} \; | sort; }

# Points `current` at releases/$1 in one step: a new link renamed over the old one (-T: the old link
# is replaced, not entered as a folder). Readers get the old version or the new one, never a mix.
switch_to() {
  ln -s "releases/$1" "$base/.current.$$"
  mv -Tf "$base/.current.$$" "$base/current" 2>/dev/null || {
    rm -f "$base/.current.$$"
    fail "No se pudo cambiar el enlace $base/current: el sitio sigue en ${current:-ninguna versión}."
  }
}

# Files with a hash in their names that version $1 built: a page it served before a switch may still ask
# for them. They are linked into folder $2 (not copied) where it has no file of that name, and listed in
# $3, so that a version passes on only its own files, never what it inherited.
inherit() {
  list=$(mktemp)
  inherited=$(mktemp)
  (cd "$1" && find _astro pagefind admin/assets -type f 2>/dev/null |
    grep -E '^(_astro/|pagefind/(fragment|index|filter)/|pagefind/[^/]*\.pf_meta|admin/assets/)' | sort) >"$list" || true
  if [ -f "$1.heredados" ]; then sort "$1.heredados" >"$inherited"; else : >"$inherited"; fi
  comm -23 "$list" "$inherited" | while IFS= read -r file; do
    [ -e "$2/$file" ] && continue
    mkdir -p "$2/$(dirname "$file")"
    ln "$1/$file" "$2/$file" 2>/dev/null || cp -p "$1/$file" "$2/$file"
    printf '%s\n' "$file"
  done >>"$3"
  rm -f "$list" "$inherited"
}

case $action in
publicar)
  name=$3
  keep=$4
  [ -d "$name.parcial" ] || fail "No se publicó nada: no está la copia $releases/$name.parcial."
  [ ! -e "$name" ] || fail "No se publicó nada: ya existe la versión $name."
  [ -z "$current" ] || [ ! -d "$current" ] || inherit "$current" "$name.parcial" "$name.heredados"
  mv "$name.parcial" "$name"
  switch_to "$name"
  printf 'Publicada la versión %s (antes: %s).\n' "$name" "${current:-ninguna}"
  if [ -n "$current" ] && ! cmp -s "$current/_nginx-redirecciones.conf" "$name/_nginx-redirecciones.conf"; then
    printf 'Las redirecciones cambiaron: nginx las lee al arrancar, recárgalo (sudo systemctl reload nginx).\n'
  fi
  # The newest <keep> versions stay, and always the one before the new one, for --revertir.
  versions | head -n "-$keep" | while IFS= read -r old; do
    [ "$old" = "$name" ] || [ "$old" = "$current" ] && continue
    rm -rf "$old" "$old.heredados"
    printf 'Borrada la versión antigua %s.\n' "$old"
  done
  ;;
revertir)
  [ -n "$current" ] || fail "No se revirtió nada: $base/current no apunta a ninguna versión."
  previous=$(versions | awk -v current="$current" '$0 == current { print last; exit } { last = $0 }')
  [ -n "$previous" ] || fail "No se revirtió nada: no hay una versión anterior a $current en $releases."
  # Pages the reverted version served keep their files too.
  inherit "$current" "$previous" "$previous.heredados"
  switch_to "$previous"
  printf 'El sitio volvió a la versión %s (antes: %s).\n' "$previous" "$current"
  ;;
*)
  fail "Acción desconocida: $action (publicar o revertir)."
  ;;
esac
