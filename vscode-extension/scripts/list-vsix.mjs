// Lists a .vsix (a zip) from its central directory, without needing `unzip` on the machine.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const zip = readFileSync(file);
let end = zip.length - 22;
while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) {
  end--;
}
if (end < 0) {
  console.error(`${file}: not a zip file`);
  process.exit(1);
}
const count = zip.readUInt16LE(end + 10);
let offset = zip.readUInt32LE(end + 16);
let total = 0;
const rows = [];
for (let i = 0; i < count; i++) {
  const size = zip.readUInt32LE(offset + 24);
  const nameLength = zip.readUInt16LE(offset + 28);
  const extra = zip.readUInt16LE(offset + 30);
  const comment = zip.readUInt16LE(offset + 32);
  const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
  rows.push(`${String(size).padStart(10)}  ${name}`);
  total += size;
  offset += 46 + nameLength + extra + comment;
}
console.log(rows.join('\n'));
console.log(`${String(total).padStart(10)}  ${count} files (${(zip.length / 1024 / 1024).toFixed(2)} MB compressed)`);
