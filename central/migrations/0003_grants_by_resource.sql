-- Every regrant sums the other kiosks' shares of each resource; without this each sum reads
-- every kiosk's every share.
CREATE INDEX escrow_grant_resource ON escrow_grant(resource, kiosk_id);
