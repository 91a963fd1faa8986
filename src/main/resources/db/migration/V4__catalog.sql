-- Catalog: categories (a tree), sports, fabrics, items and their size/colour variants.
-- SKUs are unique across items AND variants (case-insensitively) through the catalog_skus registry,
-- which triggers keep; its primary key makes concurrent claims of one SKU race-free.

CREATE TABLE catalog_categories (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_id   uuid        REFERENCES catalog_categories (id),
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT catalog_categories_not_own_parent CHECK (parent_id <> id)
);
CREATE UNIQUE INDEX catalog_categories_name_per_parent
    ON catalog_categories (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));
CREATE INDEX catalog_categories_parent ON catalog_categories (parent_id);

-- Moves are serialised by an advisory lock, so two concurrent moves cannot build a cycle together.
CREATE FUNCTION catalog_categories_no_cycle() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
        PERFORM pg_advisory_xact_lock(hashtext('catalog_categories_tree'));
        IF EXISTS (WITH RECURSIVE up AS (
                       SELECT id, parent_id FROM catalog_categories WHERE id = NEW.parent_id
                       UNION
                       SELECT c.id, c.parent_id FROM catalog_categories c JOIN up ON c.id = up.parent_id)
                   SELECT 1 FROM up WHERE id = NEW.id) THEN
            RAISE EXCEPTION 'category % would become its own ancestor', NEW.id
                USING ERRCODE = 'check_violation', CONSTRAINT = 'catalog_categories_no_cycle';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER a_no_cycle BEFORE UPDATE OF parent_id ON catalog_categories
    FOR EACH ROW EXECUTE FUNCTION catalog_categories_no_cycle();

CREATE TABLE catalog_sports (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description text,
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX catalog_sports_name_key ON catalog_sports (lower(name));

CREATE TABLE fabrics (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    composition text,
    weight_gsm  integer     CHECK (weight_gsm > 0 AND weight_gsm < 10000),
    description text,
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX fabrics_name_key ON fabrics (lower(name));

CREATE TABLE catalog_items (
    id                 uuid          PRIMARY KEY,
    sku                text          NOT NULL CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
    name               text          NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    description        text,
    price              numeric(12,2) NOT NULL CHECK (price >= 0),
    currency           char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status             text          NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    fulfillment        text          NOT NULL DEFAULT 'stock' CHECK (fulfillment IN ('stock', 'made_to_order')),
    category_id        uuid          REFERENCES catalog_categories (id),
    vendor_id          uuid          REFERENCES vendors (id),
    specs              jsonb         NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(specs) = 'object'),
    sport_ids          uuid[]        NOT NULL DEFAULT '{}',
    fabric_ids         uuid[]        NOT NULL DEFAULT '{}',
    -- Bumped when the variant set changes, so the item's version (its ETag) covers its variants.
    variants_revision  integer       NOT NULL DEFAULT 0,
    version            integer       NOT NULL DEFAULT 1,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX catalog_items_sku_key ON catalog_items (lower(sku));
CREATE INDEX catalog_items_category ON catalog_items (category_id);
CREATE INDEX catalog_items_vendor ON catalog_items (vendor_id);
CREATE INDEX catalog_items_status ON catalog_items (status, id);
CREATE INDEX catalog_items_price ON catalog_items (price);
CREATE INDEX catalog_items_sports ON catalog_items USING gin (sport_ids);
CREATE INDEX catalog_items_fabrics ON catalog_items USING gin (fabric_ids);
-- q: substring search over sku, name and description (see CatalogItemQuery).
CREATE INDEX catalog_items_search ON catalog_items
    USING gin ((sku || ' ' || name || ' ' || coalesce(description, '')) gin_trgm_ops);

CREATE TABLE catalog_variants (
    id          uuid          PRIMARY KEY,
    item_id     uuid          NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
    -- Copied from the item by a trigger, for row-level security and live-sync filtering.
    vendor_id   uuid,
    sku         text          NOT NULL CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
    size        text          CHECK (length(size) <= 50),
    color       text          CHECK (length(color) <= 50),
    price       numeric(12,2) CHECK (price >= 0),
    version     integer       NOT NULL DEFAULT 1,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX catalog_variants_sku_key ON catalog_variants (lower(sku));
CREATE INDEX catalog_variants_item ON catalog_variants (item_id);
CREATE INDEX catalog_variants_vendor ON catalog_variants (vendor_id);

-- The SKU registry: one row per SKU in use, by an item or a variant. Only the triggers write it.
CREATE TABLE catalog_skus (
    sku_key     text PRIMARY KEY,
    sku         text NOT NULL,
    item_id     uuid NOT NULL,
    variant_id  uuid
);
CREATE INDEX catalog_skus_item ON catalog_skus (item_id);
REVOKE INSERT, UPDATE, DELETE ON catalog_skus FROM ${app_role}, ${vendor_role};

CREATE FUNCTION catalog_register_sku() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    owner_item uuid;
    variant uuid;
BEGIN
    IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR lower(NEW.sku) <> lower(OLD.sku)) THEN
        DELETE FROM catalog_skus WHERE sku_key = lower(OLD.sku);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR lower(NEW.sku) <> lower(OLD.sku) THEN
        IF TG_TABLE_NAME = 'catalog_variants' THEN
            owner_item := NEW.item_id;
            variant := NEW.id;
        ELSE
            owner_item := NEW.id;
        END IF;
        INSERT INTO catalog_skus (sku_key, sku, item_id, variant_id)
        VALUES (lower(NEW.sku), NEW.sku, owner_item, variant);
    ELSIF NEW.sku <> OLD.sku THEN
        UPDATE catalog_skus SET sku = NEW.sku WHERE sku_key = lower(NEW.sku);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER register_sku AFTER INSERT OR UPDATE OF sku OR DELETE ON catalog_items
    FOR EACH ROW EXECUTE FUNCTION catalog_register_sku();
CREATE TRIGGER register_sku AFTER INSERT OR UPDATE OF sku OR DELETE ON catalog_variants
    FOR EACH ROW EXECUTE FUNCTION catalog_register_sku();

-- sport_ids / fabric_ids behave like foreign keys: referenced rows are key-share locked, and a sport or
-- fabric in use cannot be deleted (both raise foreign_key_violation, i.e. 409 has_dependents).
CREATE FUNCTION catalog_items_check_refs() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    missing uuid;
BEGIN
    IF TG_OP = 'INSERT' OR NEW.sport_ids IS DISTINCT FROM OLD.sport_ids THEN
        PERFORM 1 FROM catalog_sports WHERE id = ANY (NEW.sport_ids) FOR KEY SHARE;
        SELECT s INTO missing FROM unnest(NEW.sport_ids) s
         WHERE NOT EXISTS (SELECT 1 FROM catalog_sports WHERE id = s) LIMIT 1;
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'sport % does not exist', missing
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'catalog_items_sport_ids_fkey';
        END IF;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.fabric_ids IS DISTINCT FROM OLD.fabric_ids THEN
        PERFORM 1 FROM fabrics WHERE id = ANY (NEW.fabric_ids) FOR KEY SHARE;
        SELECT f INTO missing FROM unnest(NEW.fabric_ids) f
         WHERE NOT EXISTS (SELECT 1 FROM fabrics WHERE id = f) LIMIT 1;
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'fabric % does not exist', missing
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'catalog_items_fabric_ids_fkey';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER a_check_refs BEFORE INSERT OR UPDATE OF sport_ids, fabric_ids ON catalog_items
    FOR EACH ROW EXECUTE FUNCTION catalog_items_check_refs();

CREATE FUNCTION catalog_refuse_delete_in_use() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF (TG_TABLE_NAME = 'catalog_sports' AND EXISTS (SELECT 1 FROM catalog_items WHERE sport_ids @> ARRAY[OLD.id]))
       OR (TG_TABLE_NAME = 'fabrics' AND EXISTS (SELECT 1 FROM catalog_items WHERE fabric_ids @> ARRAY[OLD.id])) THEN
        RAISE EXCEPTION '% % is used by catalog items', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = TG_TABLE_NAME || '_in_use';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER a_in_use BEFORE DELETE ON catalog_sports
    FOR EACH ROW EXECUTE FUNCTION catalog_refuse_delete_in_use();
CREATE TRIGGER a_in_use BEFORE DELETE ON fabrics
    FOR EACH ROW EXECUTE FUNCTION catalog_refuse_delete_in_use();

-- Named to run before the touch trigger, so a copied vendor counts as a change of the variant.
CREATE FUNCTION catalog_variants_copy_vendor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    NEW.vendor_id := (SELECT vendor_id FROM catalog_items WHERE id = NEW.item_id);
    RETURN NEW;
END $$;
CREATE TRIGGER a_copy_vendor BEFORE INSERT OR UPDATE ON catalog_variants
    FOR EACH ROW EXECUTE FUNCTION catalog_variants_copy_vendor();

CREATE FUNCTION catalog_items_push_vendor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    UPDATE catalog_variants SET vendor_id = NEW.vendor_id WHERE item_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER push_vendor AFTER UPDATE OF vendor_id ON catalog_items
    FOR EACH ROW WHEN (NEW.vendor_id IS DISTINCT FROM OLD.vendor_id)
    EXECUTE FUNCTION catalog_items_push_vendor();

-- VENDOR transactions (role ${vendor_role}) see and change only their own vendor's items and variants;
-- the application role's own queries carry no policy condition, so every filter keeps its index (see V1).
ALTER TABLE catalog_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalog_variants ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON catalog_items TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON catalog_items TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());
CREATE POLICY all_rows ON catalog_variants TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON catalog_variants TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());

SELECT shopfloor_track('catalog_categories');
SELECT shopfloor_track('catalog_sports');
SELECT shopfloor_track('fabrics');
SELECT shopfloor_track('catalog_items');
SELECT shopfloor_track('catalog_variants');
