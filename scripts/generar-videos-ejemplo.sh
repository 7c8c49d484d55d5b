#!/usr/bin/env bash
# Renders the example capsule clips and their captions from one cue list each, so picture, captions and transcript agree.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=public/media/capsulas
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# Formats seconds (e.g. 3.5) as a WebVTT timestamp.
vtt_time() {
  awk -v s="$1" 'BEGIN { printf "00:%02d:%06.3f", int(s / 60), s - 60 * int(s / 60) }'
}

# Writes a drawtext filter that reads its text from a file, so no text needs escaping.
drawtext() {
  local file=$1 font=$2 size=$3 color=$4 x=$5 y=$6 extra=${7:-}
  printf ",drawtext=fontfile=%s:textfile=%s:fontsize=%s:fontcolor=%s:x=%s:y=%s%s" \
    "$font" "$file" "$size" "$color" "$x" "$y" "$extra"
}

# make_clip SLUG SECONDS BACKGROUND ACCENT SIGLAS TITLE_LINE_1 TITLE_LINE_2
# Cues come on stdin, one per line: START|END|ON-SCREEN TEXT|CAPTION
make_clip() {
  local slug=$1 dur=$2 bg=$3 accent=$4 siglas=$5 t1=$6 t2=$7
  local dir="$WORK/$slug"
  mkdir -p "$dir"
  printf '%s' "Contenido de ejemplo" >"$dir/label.txt"
  printf '%s' "$siglas" >"$dir/siglas.txt"
  printf '%s' "$t1" >"$dir/t1.txt"
  printf '%s' "$t2" >"$dir/t2.txt"
  printf '%s' "Sistema Nacional de Transparencia" >"$dir/footer.txt"

  local filter="color=c=$bg:s=640x360:r=25:d=$dur[bg];color=c=$accent:s=640x8:r=25:d=$dur[bar];"
  filter+="[bg][bar]overlay=x='-W+W*t/$dur':y=H-40:shortest=1"
  filter+=$(drawtext "$dir/label.txt" "$FONT_BOLD" 18 "$bg" 24 24 ":box=1:boxcolor=white:boxborderw=8")
  filter+=$(drawtext "$dir/siglas.txt" "$FONT_BOLD" 20 white "w-tw-24" 26)
  filter+=$(drawtext "$dir/t1.txt" "$FONT_BOLD" 34 white "(w-tw)/2" 100)
  filter+=$(drawtext "$dir/t2.txt" "$FONT_BOLD" 34 white "(w-tw)/2" 145)
  filter+=$(drawtext "$dir/footer.txt" "$FONT" 16 white "(w-tw)/2" "h-26")

  local vtt="$OUT/$slug.vtt" n=0 start end screen caption
  printf 'WEBVTT\n\nNOTE Subtítulos en español (es-MX). Contenido de ejemplo.\n' >"$vtt"
  while IFS='|' read -r start end screen caption; do
    [ -z "$start" ] && continue
    n=$((n + 1))
    printf '%s' "$screen" >"$dir/screen$n.txt"
    filter+=$(drawtext "$dir/screen$n.txt" "$FONT_BOLD" 28 "$accent" "(w-tw)/2" 225 ":enable='between(t,$start,$end)'")
    printf '\n%d\n%s --> %s\n%s\n' "$n" "$(vtt_time "$start")" "$(vtt_time "$end")" "$caption" >>"$vtt"
  done
  local fade_out
  fade_out=$(awk -v d="$dur" 'BEGIN { print d - 0.6 }')
  filter+=",fade=t=in:st=0:d=0.5,fade=t=out:st=$fade_out:d=0.6,format=yuv420p[v];"
  filter+="sine=frequency=330:sample_rate=44100:duration=$dur,volume=0.05,afade=t=in:st=0:d=0.8,afade=t=out:st=$fade_out:d=0.6[a]"
  printf '%s' "$filter" >"$dir/filter.txt"

  ffmpeg -hide_banner -loglevel error -y -filter_complex_script "$dir/filter.txt" -map '[v]' -map '[a]' \
    -c:v libx264 -preset slow -crf 30 -profile:v main -pix_fmt yuv420p -movflags +faststart \
    -c:a aac -b:a 48k -ac 1 -t "$dur" "$OUT/$slug.mp4"
  echo "$OUT/$slug.mp4 $(stat -c %s "$OUT/$slug.mp4") bytes"
}

make_clip como-presentar-una-solicitud 10 '#1f4e79' '#f2b134' ICHITAIP \
  '¿Cómo presentar una solicitud' 'de información?' <<'CUES'
0|3|1. Pregunta|¿Quieres saber cómo se usa el dinero público? Puedes preguntar.
3|7|2. Es gratis y sin justificar|Presentar una solicitud es gratis y no necesitas decir para qué quieres la información.
7|10|3. En línea o en persona|Hazla en la Plataforma Nacional de Transparencia o en la Unidad de Transparencia.
CUES

make_clip cuida-tus-datos-personales 8 '#1d6b4f' '#ffd166' CEAIP \
  'Cuida tus' 'datos personales' <<'CUES'
0|3|Tus datos son tuyos|Tu nombre, tu domicilio y tu fotografía son datos personales.
3|5.5|Lee el aviso de privacidad|Antes de compartirlos, lee el aviso de privacidad.
5.5|8|Derechos ARCO|Tienes derechos de acceso, rectificación, cancelación y oposición.
CUES

make_clip archivos-en-orden 9 '#7a1f3d' '#e9c46a' IMAIP \
  'Archivos en orden,' 'información a tu alcance' <<'CUES'
0|3|Memoria pública|Cada documento público cuenta una parte de nuestra historia.
3|6|Archivos organizados|Con archivos en orden, tus preguntas se responden mejor y más rápido.
6|9|Sin archivos no hay transparencia|Cuidar los archivos es tarea de todas y todos.
CUES
