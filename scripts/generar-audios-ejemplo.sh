#!/usr/bin/env bash
# Speaks the example audios with espeak-ng from one cue list each, and writes from the same list their captions
# (WebVTT) and, for podcast episodes, their chapters (Podcasting 2.0 JSON): sound, captions and the transcript in
# content/audios/ say the same words. Needs espeak-ng, sox and lame (apt-get install espeak-ng sox lame); the
# build does not: the files are committed. Mono, 22.05 kHz, 32 kbit/s: a few KB per second, for slow phones.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=public/media/audios
VOICE=es-419
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# Silence before the first cue and between cues, in seconds.
LEAD=0.3
GAP=0.5

# Formats seconds (e.g. 3.5) as a WebVTT timestamp.
vtt_time() {
  awk -v s="$1" 'BEGIN { printf "00:%02d:%06.3f", int(s / 60), s - 60 * int(s / 60) }'
}

# make_audio SLUG — cues come on stdin, one sentence per line; a line «# Título» starts a chapter at the next cue.
make_audio() {
  local slug=$1 dir="$WORK/$1" n=0 at=$LEAD line chapter="" chapters=""
  mkdir -p "$dir"
  sox -n -r 22050 -c 1 "$dir/0000.wav" trim 0 "$LEAD"
  local vtt="$OUT/$slug.vtt"
  printf 'WEBVTT\n\nNOTE Subtítulos en español (es-MX). Contenido de ejemplo: voz sintética de espeak-ng.\n' >"$vtt"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    if [[ $line == '# '* ]]; then
      chapter=${line#\# }
      continue
    fi
    n=$((n + 1))
    local wav
    wav=$(printf '%s/%04d.wav' "$dir" "$n")
    espeak-ng -v "$VOICE" -s 150 -w "$dir/raw.wav" "$line"
    sox "$dir/raw.wav" -r 22050 -c 1 "$wav" pad 0 "$GAP"
    local length end
    length=$(soxi -D "$wav")
    end=$(awk -v a="$at" -v l="$length" -v g="$GAP" 'BEGIN { printf "%.3f", a + l - g }')
    printf '\n%d\n%s --> %s\n%s\n' "$n" "$(vtt_time "$at")" "$(vtt_time "$end")" "$line" >>"$vtt"
    if [ -n "$chapter" ]; then
      chapters+=$(printf '%s\n    { "startTime": %s, "title": "%s" }' "${chapters:+,}" "$([ -z "$chapters" ] && echo 0 || echo "$at")" "$chapter")
      chapter=""
    fi
    at=$(awk -v a="$at" -v l="$length" 'BEGIN { printf "%.3f", a + l }')
  done
  sox "$dir"/[0-9]*.wav "$dir/all.wav"
  lame --quiet -m m -b 32 --resample 22.05 --tt "$slug" --tc "Contenido de ejemplo" "$dir/all.wav" "$OUT/$slug.mp3"
  if [ -n "$chapters" ]; then
    printf '{\n  "version": "1.2.0",\n  "chapters": [%s\n  ]\n}\n' "$chapters" >"$OUT/$slug.capitulos.json"
  fi
  echo "$OUT/$slug.mp3 $(stat -c %s "$OUT/$slug.mp3") bytes, $(soxi -D "$dir/all.wav") s"
}

make_audio spot-pregunta-es-tu-derecho <<'CUES'
Contenido de ejemplo.
¿Quieres saber en qué se usa el dinero público? Pregunta.
Pedir información pública es gratis, y no tienes que decir para qué la quieres.
Pregunta. Es tu derecho.
CUES

make_audio en-voz-alta-1-que-es-una-solicitud <<'CUES'
# Presentación
Contenido de ejemplo. Esto es Transparencia en voz alta, episodio uno.
# Qué es una solicitud
Una solicitud de información es una pregunta que le haces a una autoridad.
La autoridad responde con los documentos que tiene.
# Despedida
En el siguiente episodio hablamos de tus datos personales.
CUES

make_audio en-voz-alta-2-tus-datos-personales <<'CUES'
# Presentación
Contenido de ejemplo. Esto es Transparencia en voz alta, episodio dos.
# Qué son los datos personales
Tu nombre, tu domicilio y tu fotografía son datos personales.
Antes de compartirlos, lee el aviso de privacidad.
# Despedida
Gracias por escuchar.
CUES
