-- Realistic text for the staff search benchmark (bench/java/se/samverka/desk/SearchBenchmark.java), run on a COPY of
-- the load database after bench/load/seed.sql (never on one in use): seed.sql names everyone "Volontär 123" and
-- "Invånare 123", which no search for "anna" or a misspelt "Lindkvist" resembles. Gives every volunteer and resident
-- a first name and a surname from Sweden's most common ones (SCB's lists, with a few of the common names of newer
-- Swedes), addresses on Ekerö's streets, e-mail addresses made from the names, phone numbers spread as real ones,
-- a relative who asked for a quarter of the requests, and 500 associations with 1,000 efforts. Deterministic: the same database gives the same names.
\set ON_ERROR_STOP on

CREATE TEMP TABLE words (kind TEXT, n INT, word TEXT);
INSERT INTO words SELECT 'first', row_number() OVER () - 1, w FROM unnest(ARRAY[
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Christina', 'Lena', 'Emma', 'Kerstin', 'Marie', 'Malin', 'Ingrid',
  'Hanna', 'Linnéa', 'Sofia', 'Elin', 'Birgitta', 'Ida', 'Johanna', 'Julia', 'Lars', 'Mikael', 'Anders', 'Johan',
  'Erik', 'Per', 'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel', 'Fredrik', 'Hans', 'Andreas', 'Stefan', 'Mohammed',
  'Bengt', 'Åsa', 'Örjan', 'Göran', 'Björn', 'Sven', 'Nils', 'Olle', 'Gunnar', 'Ahmed', 'Fatima', 'Ali', 'Leila',
  'Yusuf', 'Agneta', 'Margareta', 'Ulla', 'Inger', 'Gunilla', 'Astrid', 'Maja', 'Alice', 'Elsa', 'Oskar']) w;
INSERT INTO words SELECT 'last', row_number() OVER () - 1, w FROM unnest(ARRAY[
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
  'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg',
  'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
  'Sjöberg', 'Wallin', 'Ali', 'Engström', 'Mohamed', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk',
  'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström',
  'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson',
  'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund', 'Nordin', 'Ström',
  'Åberg', 'Hermansson', 'Ekström', 'Holmgren', 'Sundberg', 'Hedlund', 'Dahlberg', 'Hellström', 'Sjögren',
  'Abrahamsson', 'Falk', 'Martinsson', 'Öberg', 'Andreasson', 'Månsson', 'Strömberg', 'Blom', 'Åkesson',
  'Sundström', 'Jonasson', 'Ek', 'Nordqvist', 'Hassan', 'Dahl', 'Ivarsson', 'Söderström']) w;
INSERT INTO words SELECT 'street', row_number() OVER () - 1, w FROM unnest(ARRAY[
  'Bryggvägen', 'Tappströmsvägen', 'Skärgårdsvägen', 'Ekebyhovsvägen', 'Kyrkvägen', 'Stenhamravägen',
  'Färentunavägen', 'Sandviksvägen', 'Gustavsviksvägen', 'Hagvägen', 'Björkvägen', 'Ängsvägen', 'Strandvägen',
  'Lindvägen', 'Skolvägen', 'Tallvägen', 'Ekvägen', 'Rönnvägen', 'Granvägen', 'Malmvikshöjden', 'Träkvistavägen',
  'Älvnäsvägen', 'Smedjebacken', 'Kungsberga', 'Sånga-Säby']) w;
INSERT INTO words SELECT 'place', row_number() OVER () - 1, w FROM unnest(ARRAY[
  'Ekerö', 'Färentuna', 'Munsö', 'Adelsö', 'Skå', 'Stenhamra', 'Drottningholm', 'Lovö', 'Helgö', 'Kärsö',
  'Tappström', 'Träkvista', 'Älvnäs', 'Sånga', 'Svartsjö', 'Hilleshög', 'Väsby', 'Närlunda', 'Ekebyhov',
  'Mälaröarnas']) w;
INSERT INTO words SELECT 'club', row_number() OVER () - 1, w FROM unnest(ARRAY[
  'Idrottsförening', 'Hembygdsförening', 'Röda Korskrets', 'PRO-förening', 'SPF Seniorerna', 'Scoutkår',
  'Lions Club', 'Föräldraförening', 'Bridgeklubb', 'Seglarklubb', 'Ryttarförening', 'Naturskyddsförening',
  'Företagarförening', 'Konstförening', 'Musikförening', 'Fiskevårdsförening', 'Båtklubb', 'Körsällskap',
  'Schackklubb', 'Tennisklubb', 'Golfklubb', 'Missionsförsamling', 'Pingstförsamling', 'Fotbollsklubb',
  'Vägförening']) w;
CREATE INDEX ON words (kind, n);

CREATE FUNCTION pg_temp.word(k TEXT, h BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS
  $$ SELECT word FROM words WHERE kind = k AND n = h % (SELECT COUNT(*) FROM words WHERE kind = k) $$;
CREATE FUNCTION pg_temp.h(t TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS
  $$ SELECT abs(hashtext(t))::BIGINT $$;

UPDATE volunteer v SET name = pg_temp.word('first', pg_temp.h(v.id || 'f')) || ' ' || pg_temp.word('last', pg_temp.h(v.id || 'l')),
  email = lower(translate(pg_temp.word('first', pg_temp.h(v.id || 'f')) || '.' || pg_temp.word('last', pg_temp.h(v.id || 'l')),
                          'åäöéÅÄÖÉ', 'aaoeAAOE')) || '.' || substr(md5(v.id::text), 1, 6) || '@exempel.se';

-- mobile numbers as Swedish ones are spread (seed.sql's are consecutive, +46700000001 and on, so that any four
-- digits match a block of neighbours)
UPDATE volunteer v SET phone = '+467' || (ARRAY['0', '2', '3', '6', '9'])[1 + (pg_temp.h(v.id || 'p') % 5)::INT]
  || lpad((pg_temp.h(v.id || 'q') % 10000000)::TEXT, 7, '0');

UPDATE help_request r SET
  resident_phone = CASE WHEN pg_temp.h(r.id || 'm') % 3 = 0
    THEN '+468' || lpad((pg_temp.h(r.id || 'rp') % 10000000)::TEXT, 7, '0')
    ELSE '+467' || (ARRAY['0', '2', '3', '6', '9'])[1 + (pg_temp.h(r.id || 'm') % 5)::INT]
      || lpad((pg_temp.h(r.id || 'rp') % 10000000)::TEXT, 7, '0') END;

UPDATE help_request r SET
  resident_name = pg_temp.word('first', pg_temp.h(r.id || 'rf')) || ' ' || pg_temp.word('last', pg_temp.h(r.id || 'rl')),
  street_address = pg_temp.word('street', pg_temp.h(r.id || 's')) || ' ' || (1 + pg_temp.h(r.id || 'no') % 80),
  submitter_name = CASE WHEN pg_temp.h(r.id || 'sub') % 4 = 0
    THEN pg_temp.word('first', pg_temp.h(r.id || 'sf')) || ' ' || pg_temp.word('last', pg_temp.h(r.id || 'rl')) END,
  submitter_phone = CASE WHEN pg_temp.h(r.id || 'sub') % 4 = 0
    THEN '+4673' || lpad((pg_temp.h(r.id || 'sp') % 10000000)::TEXT, 7, '0') END;

INSERT INTO organisation (id, name, org_number, form, purpose, email, status, applied_at, confirmed_at)
SELECT md5('org' || p.n || '-' || c.n)::uuid, p.word || ' ' || c.word,
       '802' || lpad((p.n * 25 + c.n)::TEXT, 3, '0') || '-' || lpad(((p.n * 25 + c.n) * 7)::TEXT, 4, '0'),
       'IDEELL_FORENING', 'En förening på ' || p.word, 'forening' || p.n || '-' || c.n || '@exempel.se', 'APPROVED',
       now() - interval '1 year', now() - interval '1 month'
FROM words p CROSS JOIN words c WHERE p.kind = 'place' AND c.kind = 'club'
ON CONFLICT DO NOTHING;

INSERT INTO effort (id, organisation_id, title, description, target_group, period_start, period_end, contact_name,
                    contact_email, status, created_by, created_at)
SELECT md5('eff' || o.id::TEXT || k)::uuid, o.id,
       (ARRAY['Läxhjälp', 'Språkcafé', 'Promenadgrupp', 'Handla åt äldre', 'Fixarträff', 'Sommarläger',
              'Mötesplats för nyanlända', 'Klädinsamling'])[1 + (pg_temp.h(o.id::TEXT || k) % 8)::INT] || ' i ' ||
       split_part(o.name, ' ', 1),
       'Beskrivning', 'Alla', current_date - 30 * k, current_date + 60, 'Kontakt', 'kontakt@exempel.se',
       'PUBLISHED', 'bench', now() - 30 * k * interval '1 day'
FROM organisation o CROSS JOIN generate_series(1, 2) k
WHERE o.email LIKE 'forening%@exempel.se'
ON CONFLICT DO NOTHING;

VACUUM ANALYZE volunteer;
VACUUM ANALYZE help_request;
VACUUM ANALYZE organisation;
VACUUM ANALYZE effort;
