#!/usr/bin/env python3
"""Writes N incident points as a zipped Shapefile and a GeoPackage (British National Grid), seeded, for
bench/gis-import-benchmark.sh. Only the standard library: the formats are written by hand (points only)."""
import random, sqlite3, struct, sys, zipfile, os

n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(7)
types = ['sexual', 'labour', 'cannabis_cultivation', 'child_criminal_exploitation', 'domestic_servitude']
ages = ['adult', 'child', 'unknown']
rows = [(f'G{i}', rnd.randint(400000, 430000), rnd.randint(405000, 425000),
         f'2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}', rnd.choice(types), rnd.choice(ages)) for i in range(n)]
fields = [('reference', 12), ('occurred', 10), ('type', 27), ('age', 7)]
bng = ('PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],'
       'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000.0],'
       'PARAMETER["False_Northing",-100000.0],PARAMETER["Central_Meridian",-2.0],PARAMETER["Scale_Factor",0.9996012717],'
       'PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]')

def shp_header(words):
    return struct.pack('>7i', 9994, 0, 0, 0, 0, 0, words) + struct.pack('<2i4d4d', 1000, 1, 400000, 405000, 430000, 425000, 0, 0, 0, 0)

with open(f'{out}/incidents.shp', 'wb') as shp, open(f'{out}/incidents.shx', 'wb') as shx, open(f'{out}/incidents.dbf', 'wb') as dbf:
    shp.write(shp_header((100 + n * 28) // 2)); shx.write(shp_header((100 + n * 8) // 2))
    length = 1 + sum(w for _, w in fields)
    dbf.write(struct.pack('<4BIHH20x', 3, 124, 11, 28, n, 32 + 32 * len(fields) + 1, length))
    for name, width in fields:
        dbf.write(struct.pack('<11sc4xBB14x', name.encode(), b'C', width, 0))
    dbf.write(b'\r')
    for i, (ref, e, no, d, t, a) in enumerate(rows):
        shx.write(struct.pack('>2i', (100 + i * 28) // 2, 10))
        shp.write(struct.pack('>2i', i + 1, 10) + struct.pack('<i2d', 1, e, no))
        dbf.write(b' ' + b''.join(v.ljust(w).encode() for v, (_, w) in zip((ref, d, t, a), fields)))
    dbf.write(b'\x1a')
with open(f'{out}/incidents.prj', 'w') as prj:
    prj.write(bng)
with zipfile.ZipFile(f'{out}/incidents-shp.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for ext in ('shp', 'shx', 'dbf', 'prj'):
        z.write(f'{out}/incidents.{ext}', f'incidents.{ext}')
        os.remove(f'{out}/incidents.{ext}')

db = sqlite3.connect(f'{out}/incidents.gpkg')
db.executescript('''
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, description TEXT, last_change TEXT,
  min_x REAL, min_y REAL, max_x REAL, max_y REAL, srs_id INTEGER);
CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
CREATE TABLE incidents (fid INTEGER PRIMARY KEY, geom BLOB, reference TEXT, occurred_from TEXT, exploitation_type TEXT, victim_age_group TEXT);
''')
db.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('British National Grid', 27700, 'EPSG', 27700, ?, '')", (bng,))
db.execute("INSERT INTO gpkg_contents VALUES ('incidents', 'features', 'incidents', '', '2026-11-28', 400000, 405000, 430000, 425000, 27700)")
db.execute("INSERT INTO gpkg_geometry_columns VALUES ('incidents', 'geom', 'POINT', 27700, 0, 0)")
db.executemany('INSERT INTO incidents (geom, reference, occurred_from, exploitation_type, victim_age_group) VALUES (?, ?, ?, ?, ?)',
               ((b'GP\x00\x01' + struct.pack('<i', 27700) + struct.pack('<BI2d', 1, 1, e, no), ref, d, t, a) for ref, e, no, d, t, a in rows))
db.commit()
db.close()
