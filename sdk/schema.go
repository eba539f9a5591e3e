package sdk

// Schema describes the tables of one database as a Django project sees them.
// Dialects build it by introspection ([Dialect.Describe]); the receiver sends
// its destination schema to the sender before any row moves.
type Schema struct {
	// Dialect names the engine the schema was read from ("sqlite", "postgres").
	Dialect string `json:"dialect"`
	// Native is true when the dialect stores Django-native values as they
	// are, each in its own encoding (a file format rather than a database
	// engine with types of its own, such as a folder of CSV files). The
	// django transform then converts nothing: it checks that every value
	// has its column's kind and passes it on. Since protocol 1.2.
	Native bool `json:"native,omitempty"`
	// Tables in an order that loads parents before children where the
	// foreign keys allow it; cycles are allowed and handled by deferred checks.
	Tables []Table `json:"tables"`
}

// Table is one database table: usually one Django model, or the through
// table of a ManyToManyField.
type Table struct {
	// Name is the table's name in the database ("shop_product").
	Name string `json:"name"`
	// Fields are its columns, in the table's order.
	Fields []Field `json:"fields"`
	// Rows is the number of rows when known (a source's count inside its read
	// snapshot), or -1.
	Rows int64 `json:"rows"`
}

// Field is one column with the Django field it stores.
type Field struct {
	// Name is the column name (for a ForeignKey "author_id").
	Name string `json:"name"`
	// Type is the Django field class that stores this column, such as
	// "CharField" or "ForeignKey"; see the FieldType constants.
	Type FieldType `json:"type"`
	// DBType is the column type as the engine declares it ("varchar(100)").
	DBType string `json:"db_type"`
	// Null is true when the column accepts NULL.
	Null bool `json:"null,omitempty"`
	// MaxLength is CharField's max_length; 0 when unbounded or not a text field.
	MaxLength int `json:"max_length,omitempty"`
	// MaxDigits and DecimalPlaces are DecimalField's; 0 when the engine does
	// not record them (SQLite).
	MaxDigits     int `json:"max_digits,omitempty"`
	DecimalPlaces int `json:"decimal_places,omitempty"`
	// PrimaryKey and Unique mirror the column's constraints.
	PrimaryKey bool `json:"primary_key,omitempty"`
	Unique     bool `json:"unique,omitempty"`
	// References is the target of a foreign key, or nil.
	References *Reference `json:"references,omitempty"`
}

// Reference is a foreign key's target.
type Reference struct {
	// Table is the referenced table.
	Table string `json:"table"`
	// Field is the referenced column, usually its primary key.
	Field string `json:"field"`
}

// FieldType names a Django model field class.
type FieldType string

// The Django field types rex knows. Relations are named by the column they
// store: a ForeignKey or OneToOneField column is an integer (or the target
// key's type) with References set.
const (
	AutoField                 FieldType = "AutoField"
	BigAutoField              FieldType = "BigAutoField"
	SmallAutoField            FieldType = "SmallAutoField"
	IntegerField              FieldType = "IntegerField"
	BigIntegerField           FieldType = "BigIntegerField"
	SmallIntegerField         FieldType = "SmallIntegerField"
	PositiveIntegerField      FieldType = "PositiveIntegerField"
	PositiveBigIntegerField   FieldType = "PositiveBigIntegerField"
	PositiveSmallIntegerField FieldType = "PositiveSmallIntegerField"
	BooleanField              FieldType = "BooleanField"
	CharField                 FieldType = "CharField"
	TextField                 FieldType = "TextField"
	DateField                 FieldType = "DateField"
	DateTimeField             FieldType = "DateTimeField"
	TimeField                 FieldType = "TimeField"
	DurationField             FieldType = "DurationField"
	DecimalField              FieldType = "DecimalField"
	FloatField                FieldType = "FloatField"
	BinaryField               FieldType = "BinaryField"
	UUIDField                 FieldType = "UUIDField"
	JSONField                 FieldType = "JSONField"
	GenericIPAddressField     FieldType = "GenericIPAddressField"
	IPAddressField            FieldType = "IPAddressField"
	ForeignKey                FieldType = "ForeignKey"
	OneToOneField             FieldType = "OneToOneField"
)

// Kind returns the Django-native value kind that fields of this type hold.
// Relation fields return KindInt; the target's field decides otherwise.
func (t FieldType) Kind() Kind {
	switch t {
	case AutoField, BigAutoField, SmallAutoField, IntegerField, BigIntegerField, SmallIntegerField,
		PositiveIntegerField, PositiveBigIntegerField, PositiveSmallIntegerField, ForeignKey, OneToOneField:
		return KindInt
	case BooleanField:
		return KindBool
	case DateField:
		return KindDate
	case DateTimeField:
		return KindDateTime
	case TimeField:
		return KindTime
	case DurationField:
		return KindDuration
	case DecimalField:
		return KindDecimal
	case FloatField:
		return KindFloat
	case BinaryField:
		return KindBytes
	case UUIDField:
		return KindUUID
	case JSONField:
		return KindJSON
	}
	return KindText
}

// Table returns the table with the given name, or nil.
func (s *Schema) Table(name string) *Table {
	if s == nil {
		return nil
	}
	for i := range s.Tables {
		if s.Tables[i].Name == name {
			return &s.Tables[i]
		}
	}
	return nil
}

// Field returns the field with the given column name, or nil.
func (t *Table) Field(name string) *Field {
	for i := range t.Fields {
		if t.Fields[i].Name == name {
			return &t.Fields[i]
		}
	}
	return nil
}

// ColumnNames returns the table's column names in order.
func (t *Table) ColumnNames() []string {
	out := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		out[i] = f.Name
	}
	return out
}
