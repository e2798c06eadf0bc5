/** Extensions that are never a page or a document we read; skipped without a request. */
const NON_DOCUMENT_EXTENSIONS = new Set([
  'jpg', 'jpeg', 'png', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'heic',
  'css', 'js', 'mjs', 'map', 'json', 'xml', 'rss', 'atom', 'ics', 'vcf', 'kml', 'kmz', 'gpx',
  'zip', 'gz', 'tgz', 'tar', 'rar', '7z', 'exe', 'msi', 'dmg', 'apk', 'iso', 'bin',
  'xls', 'xlsx', 'xlsm', 'csv', 'ods', 'ppt', 'pptx', 'odp',
  'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'avi', 'mov', 'wmv', 'webm', 'mkv', 'flv',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'dwg', 'shp',
]);

export function isObviousNonDocument(url: string): boolean {
  const path = new URL(url).pathname.toLowerCase();
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return false;
  return NON_DOCUMENT_EXTENSIONS.has(path.slice(dot + 1));
}
