/**
 * Every string a client sends as an argument is checked here, once per request, before anything
 * runs: at most MAX_STRING_LENGTH characters (200) unless LONG_STRINGS below allows more (a
 * question, a report's text), and no NUL
 * character (PostgreSQL cannot store one; no name or word of a report holds one). Without the cap
 * a 4 MB region or sectionId was trimmed and lower-cased once per lexicon entry (seconds of event
 * loop) and kept as a cache key; beyond it the client gets BAD_USER_INPUT naming the argument.
 *
 * Literals and variables alike: the check reads the argument values as the executor will see them.
 */
import { GraphQLError, GraphQLInputObjectType, TypeInfo, getArgumentValues, isInputObjectType, isListType, isNonNullType, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLField, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { MAX_QUESTION_LENGTH } from '../ask/ask.service.js';
import { MAX_REPORT_CHARS } from '../ingest/report.js';

export const MAX_STRING_LENGTH = 200;
/** A catalog is JSON about a report's figures: a few hundred characters each. */
export const MAX_CATALOG_CHARS = 2_000_000;

/** The arguments (`Type.field(argument)`) and input fields (`Input.field`) that hold more than a name or a few words. */
export const LONG_STRINGS: Readonly<Record<string, number>> = {
  'Query.ask(question)': MAX_QUESTION_LENGTH,
  'IngestReportInput.text': MAX_REPORT_CHARS,
  'IngestReportInput.catalog': MAX_CATALOG_CHARS,
};

const maxLengthOf = (coordinate: string) => LONG_STRINGS[coordinate] ?? MAX_STRING_LENGTH;

function refuse(message: string, field: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });
}

function checkValue(value: unknown, type: GraphQLInputType, maxLength: number, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, maxLength, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => checkValue(v, type.ofType, maxLength, `${path}[${i}]`));
    else checkValue(value, type.ofType, maxLength, path);
    return;
  }
  if (isInputObjectType(type)) return checkObject(value, type, path);
  if (typeof value !== 'string') return;
  if (value.length > maxLength) refuse(`${path} is ${value.length} characters long; at most ${maxLength} are allowed`, path);
  if (value.includes('\u0000')) refuse(`${path} contains a NUL character (\\u0000), which no value here may hold`, path);
}

function checkObject(value: unknown, type: GraphQLInputObjectType, path: string): void {
  if (typeof value !== 'object' || value === null) return;
  const fields = type.getFields();
  for (const [name, v] of Object.entries(value)) {
    const field = fields[name];
    if (field) checkValue(v, field.type, maxLengthOf(`${type.name}.${name}`), `${path}.${name}`);
  }
}

interface ArgumentSite {
  coordinate: string;
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/**
 * The fields of a document that take arguments, found once per document: Apollo keeps parsed
 * documents, so a repeated query text comes back as the same object and costs only its values.
 */
const sitesOf = new WeakMap<DocumentNode, ArgumentSite[]>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  let sites = sitesOf.get(document);
  if (sites) return sites;
  sites = [];
  const typeInfo = new TypeInfo(schema);
  const found = sites;
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (definition && parent && node.arguments?.length) found.push({ coordinate: `${parent.name}.${definition.name}`, definition, node });
    },
  }));
  sitesOf.set(document, sites);
  return sites;
}

/**
 * Throws BAD_USER_INPUT for the first string argument of the document (its operations and
 * fragments) that is too long or holds a NUL. Values that do not fit their types are left to the
 * executor, which refuses them with its own message.
 */
export function checkStringArguments(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  for (const { coordinate, definition, node } of argumentSites(schema, document)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, variables ?? {});
    } catch {
      continue;
    }
    for (const argument of definition.args) {
      if (argument.name in values) checkValue(values[argument.name], argument.type, maxLengthOf(`${coordinate}(${argument.name})`), argument.name);
    }
  }
}
