-- Ekerö's localities with approximate centroids in SWEREF 99 TM (metres) and their neighbours.
-- Neighbours follow roads, bridges and ferries, not straight lines: Adelsö is reached by ferry from Munsö.
INSERT INTO district (id, name, easting, northing, sort_order) VALUES
  ('ekero-centrum', 'Ekerö centrum', 657200, 6575400, 1),
  ('trakvista', 'Träkvista', 656300, 6576600, 2),
  ('stenhamra', 'Stenhamra', 648900, 6580300, 3),
  ('farentuna', 'Färentuna', 645600, 6583600, 4),
  ('ska', 'Skå', 650600, 6583000, 5),
  ('sanga', 'Sånga', 644300, 6587800, 6),
  ('munso', 'Munsö', 648400, 6589400, 7),
  ('adelso', 'Adelsö', 649600, 6596300, 8),
  ('lovo-drottningholm', 'Lovö/Drottningholm', 660400, 6576100, 9);

INSERT INTO district_neighbour (district_id, neighbour_id) VALUES
  ('ekero-centrum', 'trakvista'), ('trakvista', 'ekero-centrum'),
  ('ekero-centrum', 'lovo-drottningholm'), ('lovo-drottningholm', 'ekero-centrum'),
  ('ekero-centrum', 'ska'), ('ska', 'ekero-centrum'),
  ('trakvista', 'ska'), ('ska', 'trakvista'),
  ('trakvista', 'lovo-drottningholm'), ('lovo-drottningholm', 'trakvista'),
  ('ska', 'stenhamra'), ('stenhamra', 'ska'),
  ('ska', 'munso'), ('munso', 'ska'),
  ('stenhamra', 'farentuna'), ('farentuna', 'stenhamra'),
  ('farentuna', 'sanga'), ('sanga', 'farentuna'),
  ('sanga', 'munso'), ('munso', 'sanga'),
  ('munso', 'adelso'), ('adelso', 'munso');
