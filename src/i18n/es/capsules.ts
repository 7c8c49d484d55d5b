/** Interface text of video capsules. */
export const capsules = {
  'capsule.listTitle': 'Cápsulas de video',
  'capsule.listDescription':
    'Videos breves de los organismos garantes y las comisiones del Sistema Nacional de Transparencia, con subtítulos y transcripción.',
  'capsule.listIntro':
    'Videos breves de los organismos garantes y las comisiones del Sistema Nacional de Transparencia. Cada cápsula incluye su transcripción.',
  'capsule.explore': 'Explorar cápsulas',
  'capsule.byState': 'Por entidad',
  'capsule.byCommission': 'Por comisión',
  'capsule.countOne': '1 cápsula',
  'capsule.countMany': '{n} cápsulas',
  'capsule.duration': 'Duración',
  'capsule.state': 'Entidad',
  'capsule.commission': 'Comisión',
  'capsule.guarantor': 'Organismo garante',
  'capsule.people': 'Personas que aparecen',
  'capsule.transcript': 'Transcripción',
  'capsule.related': 'Cápsulas relacionadas',
  'capsule.play': 'Reproducir video: {title}',
  'capsule.video': 'Video: {title}',
  'capsule.captions': 'Español',
  'capsule.noVideo': 'Tu navegador no puede reproducir este video.',
  'capsule.download': 'Descargar el video (MP4)',
} as const;
