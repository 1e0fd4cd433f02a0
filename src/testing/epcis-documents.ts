// EPCIS 2.0 documents written here, in GS1's vocabulary (SGTINs, SGLNs, CBV steps), for the verdicts
// the suite checks: a clone with no conformance sets beside it (GS1's and OpenEPCIS's documents,
// which are theirs and stay outside the repository: conformance.ts) still tests each one.

type Json = Record<string, unknown>;

const GS1_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/** A shipment observed at a dock door: the generic GS1 event a partner's repository would send. */
export function gs1ObjectEvent(): Json {
  return {
    type: 'ObjectEvent',
    eventTime: '2024-06-03T09:30:00.000+08:00',
    eventTimeZoneOffset: '+08:00',
    epcList: ['urn:epc:id:sgtin:6901234.012345.8801', 'urn:epc:id:sgtin:6901234.012345.8802'],
    action: 'OBSERVE',
    bizStep: 'shipping',
    disposition: 'in_transit',
    readPoint: { id: 'urn:epc:id:sgln:6901234.00001.0' },
    bizTransactionList: [{ type: 'po', bizTransaction: 'urn:epcglobal:cbv:bt:6901234000014:PO-2024-0611' }],
  };
}

/** Separated oxide received by class and quantity. */
export function gs1QuantityEvent(): Json {
  return {
    type: 'ObjectEvent',
    eventTime: '2024-06-04T14:00:00.000+08:00',
    eventTimeZoneOffset: '+08:00',
    epcList: [],
    quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.012346.L2406', quantity: 1250.5, uom: 'KGM' }],
    action: 'OBSERVE',
    bizStep: 'receiving',
    disposition: 'in_progress',
    readPoint: { id: 'urn:epc:id:sgln:6901234.00002.0' },
  };
}

export function gs1CaptureDocument(events: Json[] = [gs1ObjectEvent(), gs1QuantityEvent()]): Json {
  return { '@context': [GS1_CONTEXT], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: '2024-06-04T15:00:00.000+08:00', epcisBody: { eventList: events } };
}

export function gs1QueryDocument(): Json {
  return {
    '@context': [GS1_CONTEXT], type: 'EPCISQueryDocument', schemaVersion: '2.0', creationDate: '2024-06-04T15:00:00.000+08:00',
    epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: [gs1ObjectEvent()] } } },
  };
}

/** A capture document with one thing wrong, and what the refusal must say (path and reason). */
export interface InvalidDocument {
  name: string;
  document: Json;
  refusal: RegExp;
}

function withFirstEvent(change: (event: Json) => void): Json {
  const event = gs1ObjectEvent();
  change(event);
  return gs1CaptureDocument([event]);
}

export function invalidDocuments(): InvalidDocument[] {
  const withoutContext = gs1CaptureDocument();
  delete withoutContext['@context'];
  return [
    { name: 'an event without its action', document: withFirstEvent((event) => delete event['action']), refusal: /eventList\[0\]\.action: is required/ },
    { name: 'a document without @context', document: withoutContext, refusal: /@context: is required/ },
    { name: 'an action outside the three', document: withFirstEvent((event) => (event['action'] = 'MOVE')), refusal: /action: must be one of OBSERVE, ADD, DELETE/ },
    { name: 'an event time that is not a date-time', document: withFirstEvent((event) => (event['eventTime'] = '03/06/2024 09:30')), refusal: /eventTime: must be a date-time/ },
    { name: 'a business step CBV does not name, as a bare word', document: withFirstEvent((event) => (event['bizStep'] = 'smelting')), refusal: /bizStep: must be/ },
    {
      name: 'a quantity written as text',
      document: gs1CaptureDocument([{ ...gs1QuantityEvent(), quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.012346.L2406', quantity: '1250.5', uom: 'KGM' }] }]),
      refusal: /quantityList\[0\]\.quantity: must be number/,
    },
    {
      name: 'an unknown member of a quantity element',
      document: gs1CaptureDocument([{ ...gs1QuantityEvent(), quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.012346.L2406', quantity: 1250.5, uom: 'KGM', weight: 1250.5 }] }]),
      refusal: /quantityList\[0\]\.weight: is neither an EPCIS field nor an extension/,
    },
    { name: 'an object event with no identifier list', document: withFirstEvent((event) => delete event['epcList']), refusal: /epcList: is required/ },
  ];
}
