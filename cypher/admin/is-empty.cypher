// True when the database holds no node of the model (the seed graph is loaded then).
RETURN NOT EXISTS { MATCH (:Entity) } AS empty
